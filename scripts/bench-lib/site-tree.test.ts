import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees, readSiteTree } from './site-tree.ts';

const work = mkdtempSync(join(tmpdir(), 'site-tree-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const root = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('site trees', () => {
  it('count bytes, find the widest folder, and tell changed, added and removed files by checksum', () => {
    const before = readSiteTree(site('before', { 'index.html': 'a', 'x/1.html': 'b', 'x/2.html': 'c', 'y/1': 'd' }));
    const after = readSiteTree(site('after', { 'index.html': 'A', 'x/1.html': 'b', 'x/3.html': 'e', 'y/1': 'd' }));
    expect(before.bytes).toBe(4);
    expect(before.widestFolder).toEqual({ path: '/', entries: 3 });
    expect(compareTrees(before, after)).toEqual({
      changed: ['index.html'],
      added: ['x/3.html'],
      removed: ['x/2.html'],
    });
  });
});
