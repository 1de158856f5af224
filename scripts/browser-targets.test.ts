import { describe, expect, it } from 'vitest';
import { FLOOR_BROWSERS, viteTargets } from './browser-targets';

describe('viteTargets', () => {
  it('takes the oldest version of each engine and the first version of a range', () => {
    expect(
      viteTargets(['chrome 120', 'chrome 111', 'ios_saf 16.4-16.7', 'ios_saf 17.0', 'and_chr 142', 'op_mini all']),
    ).toEqual(['chrome111', 'ios16.4']);
  });

  it('reads the floor from package.json', () => {
    expect(viteTargets(FLOOR_BROWSERS)).toEqual(['chrome111', 'edge111', 'firefox128', 'ios16.4', 'safari16.4']);
  });
});
