/**
 * Chromium driven over the DevTools protocol itself, with nothing switched on but what a bench asks
 * for. Playwright turns on network tracking in every page and worker it drives: each response is
 * copied and decoded on the thread that fetched it, work no reader's browser does. A bench timing
 * a few milliseconds of that thread measures this instead.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

export class CdpBrowser {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Map<string, Set<Listener>>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly profile: string,
  ) {
    // Messages on the pipe end with a NUL byte.
    let buffered = '';
    (process.stdio[4] as Readable).on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
        this.dispatch(JSON.parse(buffered.slice(0, end)) as Record<string, unknown>);
        buffered = buffered.slice(end + 1);
      }
    });
  }

  static launch(executable: string, flags: readonly string[]): CdpBrowser {
    const profile = mkdtempSync(path.join(tmpdir(), 'bench-chromium-'));
    const child = spawn(
      executable,
      ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...flags, 'about:blank'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    return new CdpBrowser(child, profile);
  }

  send<Result = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<Result> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      (this.process.stdio[3] as Writable).write(
        `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });
  }

  on(method: string, listener: Listener): () => void {
    const listeners = this.listeners.get(method) ?? new Set();
    listeners.add(listener);
    this.listeners.set(method, listeners);
    return () => listeners.delete(listener);
  }

  /** A new tab in a browser context of its own (no cache or storage shared with other pages). */
  async newPage(): Promise<CdpPage> {
    const { browserContextId } = await this.send<{ browserContextId: string }>('Target.createBrowserContext');
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
    });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    return new CdpPage(this, sessionId, () => this.send('Target.disposeBrowserContext', { browserContextId }));
  }

  /** Closes the browser and, once it has exited, removes its profile. */
  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    if (this.process.exitCode === null) this.process.kill();
    await exited;
    rmSync(this.profile, { recursive: true, force: true });
  }

  private dispatch(message: Record<string, unknown>): void {
    if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${JSON.stringify(message.error)}`));
      else pending?.resolve(message.result);
      return;
    }
    const sessionId = typeof message.sessionId === 'string' ? message.sessionId : undefined;
    for (const listener of this.listeners.get(String(message.method)) ?? [])
      listener((message.params ?? {}) as Record<string, unknown>, sessionId);
  }
}

export class CdpPage {
  /** Sessions of the page's dedicated workers, attached as they start (nothing is switched on in them). */
  readonly workers: string[] = [];

  constructor(
    readonly browser: CdpBrowser,
    readonly sessionId: string,
    readonly close: () => Promise<unknown>,
  ) {
    browser.on('Target.attachedToTarget', (params, parent) => {
      const info = params.targetInfo as { type?: string } | undefined;
      if (parent === sessionId && info?.type === 'worker') this.workers.push(String(params.sessionId));
    });
  }

  send<Result = Record<string, unknown>>(method: string, params: object = {}): Promise<Result> {
    return this.browser.send<Result>(method, params, this.sessionId);
  }

  /** Watches for the page's workers; call before they start. */
  async attachWorkers(): Promise<void> {
    await this.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
  }

  /** The value of an expression in the page (or in one of its workers), awaited. */
  async evaluate<Value>(expression: string, sessionId = this.sessionId): Promise<Value> {
    const { result, exceptionDetails } = await this.browser.send<{
      result: { value: Value };
      exceptionDetails?: unknown;
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (exceptionDetails) throw new Error(`evaluate failed: ${JSON.stringify(exceptionDetails)}`);
    return result.value;
  }

  /** Waits until `expression` is true in the page, checking every `everyMs`. */
  async waitFor(expression: string, everyMs = 50, timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await this.evaluate<boolean>(expression))) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }

  async goto(url: string): Promise<void> {
    await this.send('Page.enable');
    const loaded = new Promise<void>((resolve) => {
      const stop = this.browser.on('Page.loadEventFired', (_, session) => {
        if (session !== this.sessionId) return;
        stop();
        resolve();
      });
    });
    await this.send('Page.navigate', { url });
    await loaded;
  }
}
