import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Keep a system Chromium from phoning home: this machine's network is closed and it would keep retrying. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright's own Chromium when it is installed, else a system one (PLAYWRIGHT_CHROMIUM_PATH or Debian's). */
export function chromiumExecutable(): { path: string; bundled: boolean } {
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return { path: bundled, bundled: true };
  return { path: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium', bundled: false };
}
