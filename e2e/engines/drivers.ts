import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX } from './firefox-reader';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts WebKitWebDriver on a display of its own (xvfb-run: WebKitGTK draws into a real window) and
 * returns its URL and a stop function. `--host` avoids a libsoup bug that makes the driver refuse
 * to listen when it is left to choose.
 */
export async function startWebKitDriver(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const driver = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  while (!(await answers(`${url}/status`))) {
    if (driver.exitCode !== null || Date.now() > deadline) {
      throw new Error(
        `WebKitWebDriver did not start (exit code ${driver.exitCode}); install it with scripts/ensure-browsers.sh`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      // xvfb-run, Xvfb and the driver are one process group.
      if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
    },
  };
}

/** Closes Firefox, and kills it if it has not closed in 10 s: a browser left open would keep the test run from ending. */
export async function closeFirefox(browser: Browser): Promise<void> {
  const closed = browser.close().then(
    () => true,
    () => false,
  );
  const inTime = await Promise.race([closed, new Promise<false>((resolve) => setTimeout(resolve, 10_000, false))]);
  if (!inTime) browser.process()?.kill('SIGKILL');
}

/** Firefox ESR over WebDriver BiDi, no driver binary (puppeteer-core speaks BiDi to Firefox itself). */
export const launchFirefox = (): Promise<Browser> =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The machine's network is closed: keep Firefox from reaching for updates, telemetry and the like.
    extraPrefsFirefox: {
      'network.connectivity-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
    },
  });
