import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleId, pageIdFromFile } from './article-id.ts';

describe('pageIdFromFile', () => {
  it('lowercases the stem and turns every other run of characters into a dash', () => {
    expect(pageIdFromFile('000_dc19f9187db1d5f4.txt')).toBe('000-dc19f9187db1d5f4');
    expect(pageIdFromFile('2023 A_B.txt')).toBe('2023-a-b');
    expect(pageIdFromFile('Page.TXT')).toBe('page');
  });

  it('gives a name with other characters its Latin part plus a hash of the whole stem (row 13)', () => {
    const hashOf = (stem: string) => createHash('sha256').update(stem).digest('hex').slice(0, 8);
    expect(pageIdFromFile('要闻版.txt')).toBe(hashOf('要闻版'));
    expect(pageIdFromFile('2023 A版__头条.txt')).toBe(`2023-a-${hashOf('2023 A版__头条')}`);
    expect(pageIdFromFile('要闻版.txt')).not.toBe(pageIdFromFile('文体版.txt'));
  });

  it('reads a name the same in NFC and NFD, as macOS writes it', () => {
    expect(pageIdFromFile('Café.txt'.normalize('NFD'))).toBe(pageIdFromFile('Café.txt'.normalize('NFC')));
  });
});

describe('articleId', () => {
  it('is the page id plus the first 8 hex digits of sha256(page id, newline, title)', () => {
    const hash = createHash('sha256').update('000-dc19f9187db1d5f4\n公交女职工享“甜蜜”关爱').digest('hex').slice(0, 8);
    expect(articleId('000-dc19f9187db1d5f4', '公交女职工享“甜蜜”关爱')).toBe(`000-dc19f9187db1d5f4-${hash}`);
    expect(articleId('000-dc19f9187db1d5f4', '公交女职工享“甜蜜”关爱')).toBe('000-dc19f9187db1d5f4-cc13f196');
  });

  it('marks later same-titled articles on a page with -2, -3', () => {
    const first = articleId('p1', '标题');
    expect(articleId('p1', '标题', 2)).toBe(`${first}-2`);
    expect(articleId('p1', '标题', 3)).toBe(`${first}-3`);
  });
});
