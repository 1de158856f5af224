import { describe, expect, it } from 'vitest';
import { parseXml, textOf } from './test-xml.ts';

describe('the test XML reader', () => {
  it.each([
    ['<a><b></a>'],
    ['<a>x & y</a>'],
    ['<a>&nbsp;</a>'],
    ['<a href="x<y"/>'],
    ['<a x="1" x="2"/>'],
    ['<a/><b/>'],
    ['<a>\u0001</a>'],
  ])('rejects %s', (xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed/);
  });

  it('decodes entities and numeric references', () => {
    expect(textOf(parseXml('<a>&lt;b&gt; &amp; &#39;&#x4E2D;</a>'))).toBe("<b> & '中");
  });
});
