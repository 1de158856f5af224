import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlinedDocument } from './inline-stylesheet.ts';

const page = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'">
<link rel="stylesheet" crossorigin href="/assets/index-abc.css"><main>正文</main>`;

describe('inlinedDocument', () => {
  it('puts the stylesheet in place of its link and allows it by its hash', () => {
    const css = 'body{color:red}';
    const hash = createHash('sha256').update(css).digest('base64');
    const html = inlinedDocument(page, css);
    expect(html).toContain(`<style>${css}</style><main>正文</main>`);
    expect(html).not.toContain('index-abc.css');
    expect(html).toContain(`style-src 'self' 'sha256-${hash}'; img-src`);
  });

  it('refuses a document without a stylesheet link or a style policy', () => {
    expect(() => inlinedDocument('<main></main>', 'a{}')).toThrow(/links no stylesheet/);
    expect(() => inlinedDocument(page.replace("style-src 'self'; ", ''), 'a{}')).toThrow(/no "style-src 'self'"/);
  });

  it('keeps "$" patterns in the stylesheet as they are', () => {
    expect(inlinedDocument(page, "a::after{content:'$&'}")).toContain("<style>a::after{content:'$&'}</style>");
  });
});
