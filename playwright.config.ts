import { defineConfig, devices, type LaunchOptions } from '@playwright/test';
import type { Engine } from './e2e/engines/reader';
import { sites } from './e2e/support/sites';
import { chromiumExecutable, QUIET_CHROMIUM_FLAGS } from './scripts/chromium';

/** Playwright's own Chromium when installed; otherwise a system Chromium with flags that keep it quiet offline. */
function chromiumLaunchOptions(): LaunchOptions {
  const executable = chromiumExecutable();
  return executable.bundled ? {} : { executablePath: executable.path, args: QUIET_CHROMIUM_FLAGS };
}

const launchOptions = chromiumLaunchOptions();

const JOURNEYS = /journeys\/.*\.journey\.ts$/;
const ENGINES: Engine[] = ['chromium', 'webkit', 'firefox'];
/** Specs about hosting, headers, routing and caching, which a window's size cannot change. */
const ANY_SIZE_SPECS = /\/(security|not-found|fallback-host|sub-path|update|offline|theme-colours)\.spec\.ts$/;

export default defineConfig<object, { engine: Engine }>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // A run that hangs ends with the tests it has not finished named, well inside CI's limit.
  globalTimeout: 40 * 60_000,
  reporter: [['list']],
  // Four sites are built and served on two cores while the tests run: give slow moments room.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${sites.root.port}`,
    // Recording a trace of every test (to keep the failures') made the suite a third slower on two
    // cores. A failure still leaves its screenshot and page snapshot; `--trace on` records traces.
    trace: 'off',
    screenshot: 'only-on-failure',
    // Each new context would install the service worker and precache the app shell: work that
    // only the offline and update journeys are about (they allow it), done on two cores.
    serviceWorkers: 'block',
  },
  projects: [
    // The whole suite, in Chromium at two sizes.
    { name: 'desktop', testIgnore: JOURNEYS, use: { ...devices['Desktop Chrome'], launchOptions } },
    // What does not depend on the window's size runs on desktop only: whole files, and tests tagged @any-size.
    {
      name: 'phone',
      testIgnore: [JOURNEYS, ANY_SIZE_SPECS],
      grepInvert: /@any-size/,
      use: { ...devices['Pixel 7'], launchOptions },
    },
    // The journeys that matter most, written once and run in each engine (e2e/engines drives them).
    ...ENGINES.map((engine) => ({ name: engine, testMatch: JOURNEYS, use: { engine, launchOptions } })),
  ],
  // Tests run against production builds, served the way a static host serves them.
  webServer: Object.values(sites).map(({ port, env, serve, prepare }) => ({
    command: `${prepare} && env ${env} SITE_URL=http://127.0.0.1:${port} npm run --silent build >/dev/null && tsx scripts/serve-static.ts ${serve} --port ${port}`,
    url: `http://127.0.0.1:${port}${serve.includes('/reader/') ? '/reader/' : '/'}`,
    reuseExistingServer: false,
    timeout: 180_000,
  })),
});
