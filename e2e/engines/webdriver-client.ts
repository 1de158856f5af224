/**
 * A thin client of the W3C WebDriver protocol (classic, JSON over HTTP): the dozen commands the
 * journeys use, for WebKitWebDriver, which speaks nothing else (no BiDi, no console channel).
 */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export interface ElementReference {
  [ELEMENT_KEY]: string;
}

/** Keys as WebDriver codes them (the spec's "normalized key value" table). */
export const WEBDRIVER_KEYS: Record<string, string> = { Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004' };

export class WebDriverError extends Error {
  constructor(
    readonly command: string,
    readonly code: string,
    message: string,
  ) {
    super(`WebDriver ${command}: ${code}: ${message}`);
  }
}

/** A command the driver has not answered by then never will: fail it rather than wait for ever. */
const COMMAND_LIMIT_MS = 60_000;

async function send(url: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    signal: AbortSignal.timeout(COMMAND_LIMIT_MS),
    headers: { 'content-type': 'application/json; charset=utf-8' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const { value } = (await response.json()) as { value: unknown };
  if (value && typeof value === 'object' && 'error' in value) {
    const { error, message } = value as { error: string; message: string };
    throw new WebDriverError(`${method} ${new URL(url).pathname}`, error, message);
  }
  return value;
}

export interface WebDriverSession {
  navigate(url: string): Promise<void>;
  refresh(): Promise<void>;
  url(): Promise<string>;
  /** Runs a function body (`return …`) in the page; a returned promise is awaited. */
  execute<T>(body: string, args?: unknown[]): Promise<T>;
  click(element: ElementReference): Promise<void>;
  sendKeys(element: ElementReference, text: string): Promise<void>;
  /** Presses and releases one key in whatever has focus. */
  pressKey(key: string): Promise<void>;
  setWindowSize(width: number, height: number): Promise<void>;
  /** A PNG of the window's viewport. */
  screenshot(): Promise<Buffer>;
  delete(): Promise<void>;
}

export const isElementReference = (value: unknown): value is ElementReference =>
  typeof value === 'object' && value !== null && ELEMENT_KEY in value;

export async function newSession(driverUrl: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
  const { sessionId } = (await send(`${driverUrl}/session`, 'POST', {
    capabilities: { alwaysMatch: capabilities },
  })) as { sessionId: string };
  const at = (path: string) => `${driverUrl}/session/${sessionId}${path}`;
  const element = (reference: ElementReference, command: string) => at(`/element/${reference[ELEMENT_KEY]}/${command}`);
  return {
    navigate: async (url) => void (await send(at('/url'), 'POST', { url })),
    refresh: async () => void (await send(at('/refresh'), 'POST', {})),
    url: async () => (await send(at('/url'), 'GET')) as string,
    execute: async <T>(body: string, args: unknown[] = []) =>
      (await send(at('/execute/sync'), 'POST', { script: body, args })) as T,
    click: async (reference) => void (await send(element(reference, 'click'), 'POST', {})),
    sendKeys: async (reference, text) => void (await send(element(reference, 'value'), 'POST', { text })),
    pressKey: async (key) => {
      const actions = [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: key },
            { type: 'keyUp', value: key },
          ],
        },
      ];
      await send(at('/actions'), 'POST', { actions });
    },
    setWindowSize: async (width, height) => void (await send(at('/window/rect'), 'POST', { width, height })),
    screenshot: async () => Buffer.from((await send(at('/screenshot'), 'GET')) as string, 'base64'),
    delete: async () => void (await send(at(''), 'DELETE')),
  };
}
