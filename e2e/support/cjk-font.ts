import { execFileSync } from 'node:child_process';

/**
 * Tests that measure layout (scroll positions, line breaks, layout shift) mean nothing without a
 * CJK font: every Chinese character becomes the same empty box. Browsers on Linux find fonts
 * through fontconfig, so ask it; elsewhere (macOS, Windows) the system always has one.
 */
export function requireCjkFont(): void {
  if (process.platform !== 'linux') return;
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    // fontconfig itself is missing: then so is any font it would find.
  }
  if (families.trim() === '') {
    throw new Error(
      'No CJK font is installed, so Chinese renders as boxes and this test’s layout measurements would be wrong. ' +
        'Install one with `sudo apt-get install fonts-noto-cjk` (or run `bash scripts/ensure-browsers.sh`, as `npm test` does).',
    );
  }
}
