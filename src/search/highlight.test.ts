import { describe, expect, it } from 'vitest';
import { highlightRuns, snippetOf } from './highlight.ts';

describe('highlightRuns', () => {
  it('marks every occurrence of every term, in the original characters', () => {
    expect(highlightRuns('ＡＢＣ公司工会与abc工会', ['abc', '工会'])).toEqual([
      { text: 'ＡＢＣ', match: true },
      { text: '公司', match: false },
      { text: '工会', match: true },
      { text: '与', match: false },
      { text: 'abc工会', match: true },
    ]);
  });

  it('merges overlapping matches and keeps text without a match whole', () => {
    expect(highlightRuns('北京市总工会', ['市总', '总工会'])).toEqual([
      { text: '北京', match: false },
      { text: '市总工会', match: true },
    ]);
    expect(highlightRuns('没有匹配', ['工会'])).toEqual([{ text: '没有匹配', match: false }]);
  });

  it('gives markup in the text back as text', () => {
    const runs = highlightRuns('<img src=x onerror=alert(1)>', ['<img src=x onerror=alert(1)>']);
    expect(runs).toEqual([{ text: '<img src=x onerror=alert(1)>', match: true }]);
  });
});

describe('snippetOf', () => {
  const long = `${'甲'.repeat(200)}陈曦${'乙'.repeat(200)}`;

  it('cuts the first paragraph with a match around it', () => {
    const snippet = snippetOf({ paragraphs: ['导语没有', long] }, ['陈曦']);
    expect(snippet.text).toContain('陈曦');
    expect(snippet.text.indexOf('陈曦')).toBe(30);
    expect(snippet).toMatchObject({ cutBefore: true, cutAfter: true });
  });

  it('falls back to the lead when only the title matched', () => {
    expect(snippetOf({ paragraphs: ['短导语。', long] }, ['标题词'])).toEqual({
      text: '短导语。',
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('never splits a character outside the basic plane', () => {
    const text = `${'𠀀'.repeat(100)}陈曦`;
    const snippet = snippetOf({ paragraphs: [text] }, ['陈曦']);
    expect(snippet.text.endsWith('陈曦')).toBe(true);
    expect(/^[\udc00-\udfff]/u.test(snippet.text)).toBe(false);
  });
});
