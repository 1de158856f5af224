import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
  it('drops a leading BOM', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('## 标题')]), 'a.txt')).toBe('## 标题');
  });

  it('reports the line of the first invalid byte', () => {
    const bytes = new Uint8Array([...utf8('## 标题\n\n正文'), 0xff, ...utf8('。\n')]);
    expect(() => decodeUtf8(bytes, 'pages/a.txt')).toThrow(
      /^pages\/a\.txt:3: not valid UTF-8 \(byte 0xff at offset \d+\)$/u,
    );
  });

  it('finds a broken multi-byte sequence on a later line', () => {
    const bytes = new Uint8Array([...utf8('一\n二\n三\n'), 0xe4, 0x41, ...utf8('\n')]);
    expect(() => decodeUtf8(bytes, 'b.txt')).toThrow(/^b\.txt:4: not valid UTF-8/u);
  });

  it('counts lines the way the page parser does: CR-only, CRLF and Unicode separators (row 1)', () => {
    const crOnly = new Uint8Array([...utf8('## 标题\r\r第一段。\r\r第二段'), 0xff, ...utf8('坏字节。\r')]);
    expect(() => decodeUtf8(crOnly, 'p.txt')).toThrow(/^p\.txt:5: not valid UTF-8/u);
    const mixed = new Uint8Array([...utf8('一\r\n二\u2028三\u2029'), 0xc3]);
    expect(() => decodeUtf8(mixed, 'p.txt')).toThrow(/^p\.txt:4: not valid UTF-8/u);
  });
});
