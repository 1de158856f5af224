import { describe, expect, it } from 'vitest';
import { combineEdition, editionFromFileName, isRealDate, readFrontMatter } from './edition.ts';

describe('isRealDate', () => {
  it('knows the calendar', () => {
    expect(isRealDate('2023-03-08')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-02-30')).toBe(false);
    expect(isRealDate('2023-13-01')).toBe(false);
    expect(isRealDate('2023-3-8')).toBe(false);
  });
});

describe('editionFromFileName', () => {
  it('reads YYYY-MM-DD_NN.txt as a date and a 版次', () => {
    expect(editionFromFileName('2023-03-08_04.txt', 'p/2023-03-08_04.txt')).toEqual({ date: '2023-03-08', number: 4 });
    expect(editionFromFileName('2023-03-08_12.TXT', 'x')).toEqual({ date: '2023-03-08', number: 12 });
  });

  it('leaves other names undated', () => {
    expect(editionFromFileName('000_dc19f9187db1d5f4.txt', 'x')).toEqual({});
    expect(editionFromFileName('2023-03-08.txt', 'x')).toEqual({});
    expect(editionFromFileName('2023-03-08_04_extra.txt', 'x')).toEqual({});
  });

  it('rejects a day that does not exist and page 0, naming the file', () => {
    expect(() => editionFromFileName('2023-02-30_01.txt', 'p/2023-02-30_01.txt')).toThrow(
      /^p\/2023-02-30_01\.txt: the file name's date 2023-02-30 does not exist$/u,
    );
    expect(() => editionFromFileName('2023-03-08_00.txt', 'p/x.txt')).toThrow(
      /^p\/x\.txt: the file name's page number 00 must be 1 or more$/u,
    );
  });
});

describe('readFrontMatter', () => {
  const page = '---\ndate: 2023-03-08\npage: 4\nname: 工会新闻\n---\n\n## 标题\n正文。';

  it('reads date, page and name and blanks the block so lines keep their numbers', () => {
    const front = readFrontMatter(page, 'p.txt');
    expect(front.edition).toEqual({ date: '2023-03-08', number: 4, name: '工会新闻' });
    expect(front.line).toBe(2);
    expect(front.body.split('\n')).toEqual(['', '', '', '', '', '', '## 标题', '正文。']);
  });

  it('accepts a full-width colon, CRLF, invisible characters and blank lines in the block', () => {
    const front = readFrontMatter(
      '\u200b---\r\nname：要闻\r\n\r\npage:1 \r\ndate: 2023-03-08\r\n---\r\n## 标题\r\n正文。',
      'p.txt',
    );
    expect(front.edition).toEqual({ date: '2023-03-08', number: 1, name: '要闻' });
    expect(front.line).toBe(4);
  });

  it('leaves a page without a block alone', () => {
    expect(readFrontMatter('## 标题\n正文。', 'p.txt')).toEqual({ edition: {}, body: '## 标题\n正文。' });
  });

  it.each([
    [
      'a day that does not exist',
      '---\ndate: 2023-02-30\npage: 1\n---\n',
      /^p\.txt:2: front matter date "2023-02-30" is not a real date/u,
    ],
    [
      'a page that is not a positive whole number',
      '---\ndate: 2023-03-08\npage: 0\n---\n',
      /^p\.txt:3: front matter page "0" must be a whole number from 1$/u,
    ],
    ['a fractional page', '---\npage: 1.5\n---\n', /^p\.txt:2: front matter page "1\.5"/u],
    [
      'an unknown key',
      '---\ndate: 2023-03-08\nauthor: 陈曦\n---\n',
      /^p\.txt:3: unknown front matter "author: 陈曦" \(use date, page and name\)$/u,
    ],
    ['a line that is not a field', '---\n工会新闻\n---\n', /^p\.txt:2: unknown front matter "工会新闻"/u],
    ['a key given twice', '---\nname: 要闻\nname: 工会新闻\n---\n', /^p\.txt:3: front matter "name" is given twice$/u],
    ['an empty value', '---\nname:\n---\n', /^p\.txt:2: front matter "name" has no value$/u],
    ['an unclosed block', '---\ndate: 2023-03-08\n\n## 标题\n正文。', /^p\.txt:1: front matter is not closed/u],
  ])('rejects %s with its line', (_name, text, message) => {
    expect(() => readFrontMatter(text, 'p.txt')).toThrow(message);
  });
});

describe('combineEdition', () => {
  const none = { edition: {}, body: '' };

  it('lets front matter win over the file name, field by field', () => {
    const front = { edition: { number: 2, name: '要闻' }, line: 3, body: '' };
    expect(combineEdition({ date: '2023-03-08', number: 4 }, front, 'p.txt')).toEqual({
      edition: { date: '2023-03-08', number: 2, name: '要闻' },
      line: 3,
    });
    expect(combineEdition({ date: '2023-03-08', number: 4 }, none, 'p.txt')).toEqual({
      edition: { date: '2023-03-08', number: 4 },
    });
  });

  it('asks for a date and a 版次 together', () => {
    expect(() => combineEdition({}, { edition: { date: '2023-03-08' }, line: 2, body: '' }, 'p.txt')).toThrow(
      /^p\.txt:2: a page with a date needs a page number too/u,
    );
    expect(() => combineEdition({}, { edition: { number: 2 }, line: 2, body: '' }, 'p.txt')).toThrow(
      /^p\.txt:2: a page with a page number needs a date too/u,
    );
  });
});
