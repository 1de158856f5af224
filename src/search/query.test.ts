import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from './normalize.ts';
import { MAX_QUERY_LENGTH, parseQuery } from './query.ts';

describe('foldForSearch', () => {
  it('folds full-width letters, digits and punctuation into half-width, and Latin letters into lower case', () => {
    expect(foldForSearch('ＡＢＣ１２３！？（）Hello')).toBe('abc123!?()hello');
    expect(foldForSearch('｡｢｣､')).toBe('。「」、');
  });

  it('leaves Chinese text and punctuation without a half-width form as they are', () => {
    // The full-width comma has a half-width form; the ideographic full stop and curly quotes do not.
    expect(foldForSearch('北京市总工会，“冬送温暖”。')).toBe('北京市总工会,“冬送温暖”。');
  });

  it('never changes the length, so offsets point into the original text', () => {
    for (const text of ['İstanbul ＡＢ', 'ß straße', '𠀀工会', 'ＴＥＳＴ　测试'])
      expect(foldForSearch(text)).toHaveLength(text.length);
  });

  it('folds a text as it folds each of its characters alone, whatever runs they come in', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.constantFrom(0x41, 0xff21, 0x3000, 0xff61, 0x5de5, 0x130),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(foldForSearch(text)).toBe(codes.map((code) => foldForSearch(String.fromCharCode(code))).join(''));
      }),
    );
  });
});

describe('parseQuery', () => {
  it('splits on ASCII and full-width spaces into folded terms, once each', () => {
    expect(parseQuery(' 工会　女职工  ＡＢＣ 工会 ')).toEqual({ kind: 'terms', terms: ['工会', '女职工', 'abc'] });
  });

  it('treats quotes and other symbols as characters', () => {
    expect(parseQuery('“冬送温暖” "a b"')).toEqual({ kind: 'terms', terms: ['“冬送温暖”', '"a', 'b"'] });
  });

  it('keeps a one-character term', () => {
    expect(parseQuery('工')).toEqual({ kind: 'terms', terms: ['工'] });
  });

  it('says when a query is empty or too long to search', () => {
    expect(parseQuery(' \u3000 ')).toEqual({ kind: 'empty' });
    expect(parseQuery('工'.repeat(MAX_QUERY_LENGTH))).toMatchObject({ kind: 'terms' });
    expect(parseQuery('工'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({ kind: 'too-long', length: MAX_QUERY_LENGTH + 1 });
  });
});
