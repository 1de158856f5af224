import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';
import { SITE } from './test-site.ts';

describe('robotsTxt', () => {
  it('allows everything and points at the absolute sitemap URL', () => {
    const text = robotsTxt({ siteUrl: `${SITE}/`, base: 'reader' });
    expect(text.split('\n')).toEqual(
      expect.arrayContaining(['User-agent: *', 'Allow: /', 'Sitemap: https://news.example.org/reader/sitemap.xml']),
    );
    expect(text).not.toMatch(/Disallow: \//);
  });
});
