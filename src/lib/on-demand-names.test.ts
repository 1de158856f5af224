import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');

/** Every `name.on-demand.ts(x)` under src. */
const declarations = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) =>
  /\.on-demand\.tsx?$/.test(file),
);

describe('on-demand parts', () => {
  it('are declared in some files', () => {
    expect(declarations.length).toBeGreaterThan(3);
  });

  // The build lists each chunk's files under the chunk's file name, and a page finds the files
  // of the chunk it hydrates with under the name its part was given: the two must agree.
  it.each(declarations)('%s names the chunk it imports, and the chunk is its namesake', (file) => {
    const source = readFileSync(path.join(SRC, file), 'utf8');
    const namesake = path.basename(file).replace(/\.on-demand\.tsx?$/, '');
    const parts = [...source.matchAll(/onDemand\(\s*'([\w-]+)',\s*\(\) => import\('\.\/([\w-]+)\.chunk'\)\)/g)];
    expect(parts.map(([, name, chunk]) => [name, chunk])).toEqual([[namesake, namesake]]);
  });
});
