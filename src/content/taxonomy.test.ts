import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from './taxonomy.ts';

const projectText = readFileSync(new URL('../../content/taxonomy.json', import.meta.url), 'utf8');

describe('parseTaxonomy', () => {
  it('accepts the project taxonomy', () => {
    const taxonomy = parseTaxonomy(projectText, 'taxonomy.json');
    expect(taxonomy.themes.map((theme) => theme.slug)).toEqual([
      'women-workers',
      'industrial-workers',
      'party-building',
      'care',
      'culture-sports',
      'blood-donation',
      'rights-law',
      'reading',
      'union-building',
    ]);
    expect(taxonomy.fallbackTheme).toBe('union-building');
  });

  it('reports a schema problem on line 1 with its path', () => {
    const broken = JSON.stringify({
      ...JSON.parse(projectText),
      districts: [{ slug: 'Xi Cheng', name: '西城区', aliases: ['西城'] }],
    });
    expect(() => parseTaxonomy(broken, 'content/taxonomy.json')).toThrow(
      /^content\/taxonomy\.json:1: districts\.0\.slug: /u,
    );
  });

  it('reports text that is not JSON', () => {
    expect(() => parseTaxonomy('{\n  "districts": [\n  oops\n}', 't.json')).toThrow(/^t\.json:\d+: not valid JSON/u);
  });

  it('reports a duplicate slug and an unknown fallback theme', () => {
    const taxonomy = JSON.parse(projectText) as { themes: unknown[]; fallbackTheme: string };
    const duplicated = JSON.stringify({ ...taxonomy, themes: [...taxonomy.themes, taxonomy.themes[0]] });
    expect(() => parseTaxonomy(duplicated, 't.json')).toThrow(
      /^t\.json:1: themes: slug "women-workers" is used twice$/u,
    );
    const unknownFallback = JSON.stringify({ ...taxonomy, fallbackTheme: 'misc' });
    expect(() => parseTaxonomy(unknownFallback, 't.json')).toThrow(/^t\.json:1: fallbackTheme: unknown theme "misc"$/u);
  });
});
