import { describe, expect, it } from 'vitest';
import { endOfLastSentence, endsBlock, lineAfter, splitLines, trimInvisible } from './text-rules.ts';

describe('splitLines and lineAfter', () => {
  it('end a line at LF, CRLF, a lone CR and the Unicode line and paragraph separators', () => {
    expect(splitLines('a\nb\r\nc\rd\u2028e\u2029f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(lineAfter('a\nb\r\nc\rd\u2028e\u2029')).toBe(6);
    expect(lineAfter('')).toBe(1);
  });

  it('count CRLF as one break and CR CR as two', () => {
    expect(splitLines('a\r\n\r\nb')).toEqual(['a', '', 'b']);
    expect(lineAfter('## 标题\r\r第一段。\r\r第二段')).toBe(5);
  });

  it('leave NEL (U+0085) inside the line', () => {
    expect(splitLines('等等\u0085然后')).toEqual(['等等\u0085然后']);
  });
});

describe('trimInvisible', () => {
  it('trim whitespace, the ideographic space and format characters at both ends only', () => {
    expect(trimInvisible('\u200b\u200e\ufeff\u3000 ## 标题\u00a0\u2060\u200f')).toBe('## 标题');
    expect(trimInvisible('甲\u200b\u3000乙')).toBe('甲\u200b\u3000乙');
  });

  it('keep characters outside the Basic Multilingual Plane', () => {
    expect(trimInvisible('\u200b𠮷野家𠮷\u200b')).toBe('𠮷野家𠮷');
    expect(trimInvisible('\u{E0001}𠮷')).toBe('𠮷');
  });

  it('trim a line of invisible characters to nothing', () => {
    expect(trimInvisible('\u3000\u200b\t\u2060')).toBe('');
    expect(trimInvisible('\u3000。')).toBe('。');
  });
});

describe('endsBlock', () => {
  it('accepts sentence-final punctuation, optionally closed by quotes or brackets', () => {
    for (const text of [
      '完成。',
      '好！',
      '吗？',
      'ok!',
      '如下：',
      '等；',
      '……',
      '说：“好。”',
      '《民法典》。',
      '完成。\u200b',
    ]) {
      expect(endsBlock(text), text).toBe(true);
    }
  });

  it('accepts every closing bracket and quote after the sentence end, full-width and ASCII', () => {
    for (const closing of [
      '】',
      '〕',
      '〉',
      '］',
      '｝',
      '》',
      '」',
      '』',
      '”',
      '’',
      '）',
      ')',
      ']',
      '}',
      '>',
      '"',
      "'",
    ]) {
      expect(endsBlock(`【编者按：本版刊登职工来信。${closing}`), closing).toBe(true);
      expect(endsBlock(`说：“好。${closing}”`), closing).toBe(true);
    }
  });

  it('rejects text cut mid-sentence', () => {
    for (const text of ['把思想引领和', '倾', '各办公楼', '民法', '近日，', '“急难愁盼”', '（完）', '【编者按】']) {
      expect(endsBlock(text), text).toBe(false);
    }
  });
});

describe('endOfLastSentence', () => {
  it('finds the end of the last sentence, closing marks included', () => {
    expect(endOfLastSentence('活动举行。本报记者 边磊')).toBe(5);
    expect(endOfLastSentence('他说：“好。”本报记者')).toBe(7);
    expect(endOfLastSentence('没有句号')).toBe(0);
  });

  it('handles a caption of 130,000 full stops without overflowing the stack', () => {
    expect(endOfLastSentence('。'.repeat(130_000))).toBe(130_000);
  });
});
