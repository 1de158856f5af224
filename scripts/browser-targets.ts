import browserslist from 'browserslist';
import { browserslistToTargets, type Targets } from 'lightningcss';

/**
 * The compatibility floor: package.json's "browserslist", the one place it is written. Vite's
 * build.target and cssTarget (the JavaScript and CSS syntax it may emit, and what its CSS minifier
 * lowers, light-dark() among them) and any CSS tool read it from here.
 */
export const FLOOR_BROWSERS: string[] = browserslist(undefined, { path: import.meta.dirname });

/** browserslist's names → the esbuild-style names Vite's target options take. */
const TARGET_NAMES: Record<string, string> = {
  chrome: 'chrome',
  and_chr: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  safari: 'safari',
  ios_saf: 'ios',
};

/** The oldest version of each engine in a browserslist result, as Vite targets (`chrome111`, `ios16.4`). */
export function viteTargets(browsers: string[]): string[] {
  const oldest = new Map<string, number>();
  for (const entry of browsers) {
    const [name = '', range = ''] = entry.split(' ');
    const target = TARGET_NAMES[name];
    // A range ("16.4-16.7") starts at its first version.
    const version = Number.parseFloat(range.split('-')[0] ?? '');
    if (!target || Number.isNaN(version)) continue;
    oldest.set(target, Math.min(version, oldest.get(target) ?? Number.POSITIVE_INFINITY));
  }
  return [...oldest].map(([target, version]) => `${target}${version}`).sort();
}

/** The same floor for Lightning CSS. */
export const lightningTargets = (browsers: string[]): Targets => browserslistToTargets(browsers);
