import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DocumentCache, openDocumentCache } from './document-cache.ts';

let work: string;
let messages: string[];
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'document-cache-'));
  messages = [];
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const dir = () => join(work, 'cache');
const open = (build = 'build-1', contentDir = '/content') =>
  openDocumentCache({ dir: dir(), build, contentDir, log: (message) => messages.push(message) });

/** A build that renders `documents` (path → HTML) through the cache; returns what it reused. */
function build(cache: DocumentCache, documents: Record<string, string>, out = join(work, 'out')): string[] {
  const reused: string[] = [];
  for (const [path, html] of Object.entries(documents)) {
    const file = join(out, path);
    const input = `input of ${html}`;
    if (cache.reuse(path, input, file) !== undefined) reused.push(path);
    else {
      mkdirSync(out, { recursive: true });
      writeFileSync(file, html);
      cache.store(path, input, file);
    }
  }
  cache.save();
  return reused;
}

describe('the document cache', () => {
  it('gives back a document rendered from the same input, and renders a changed one', () => {
    expect(build(open(), { a: 'A', b: 'B' })).toEqual([]);
    expect(messages).toEqual([expect.stringContaining('no build cache')]);
    const out = join(work, 'second');
    expect(build(open(), { a: 'A', b: 'B2', c: 'C' }, out)).toEqual(['a']);
    expect(readFileSync(join(out, 'a'), 'utf8')).toBe('A');
    expect(build(open(), { a: 'A', b: 'B2' }, join(work, 'third'))).toEqual(['a', 'b']);
  });

  it('renders everything again when the app, template or site changed, and forgets the old documents', () => {
    build(open('build-1'), { a: 'A' });
    expect(build(open('build-2'), { a: 'A' })).toEqual([]);
    expect(messages.at(-1)).toContain('changed');
    expect(
      readdirSync(join(dir(), 'documents')).flatMap((fanout) => readdirSync(join(dir(), 'documents', fanout))),
    ).toHaveLength(1);
  });

  it('renders a document again when its cached copy is damaged (truncated), and says so', () => {
    build(open(), { a: 'AAAA', b: 'B' });
    const documents = join(dir(), 'documents');
    for (const fanout of readdirSync(documents))
      for (const file of readdirSync(join(documents, fanout))) {
        const path = join(documents, fanout, file);
        if (readFileSync(path, 'utf8') === 'AAAA') writeFileSync(path, 'AA');
      }
    const out = join(work, 'again');
    expect(build(open(), { a: 'AAAA', b: 'B' }, out)).toEqual(['b']);
    expect(readFileSync(join(out, 'a'), 'utf8')).toBe('AAAA');
    expect(messages.at(-1)).toContain('1 cached documents were damaged');
  });

  it.each([
    ['a manifest that does not parse', () => writeFileSync(join(dir(), 'manifest.json'), '{"format": 1, "docu')],
    ['a manifest of another version', () => writeFileSync(join(dir(), 'manifest.json'), '{"format": 99}')],
  ])('sets aside %s and renders everything', (_name, damage) => {
    build(open(), { a: 'A' });
    damage();
    expect(build(open(), { a: 'A' })).toEqual([]);
    expect(messages.at(-1)).toMatch(/set aside .*: it/);
    expect(existsSync(`${dir()}.set-aside`)).toBe(true);
    expect(build(open(), { a: 'A' })).toEqual(['a']);
  });

  it('sets aside a cache built from another content folder', () => {
    build(open('build-1', '/content'), { a: 'A' });
    expect(build(open('build-1', '/elsewhere'), { a: 'A' })).toEqual([]);
    expect(messages.at(-1)).toContain('another content folder (/content)');
  });
});
