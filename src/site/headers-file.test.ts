import { describe, expect, it } from 'vitest';
import { headersFile } from './headers-file.ts';
import { contentSecurityPolicy } from './security-policy.ts';
import { BASE } from './test-site.ts';

// _headers: read the rules back and resolve requests the way the hosts do (every matching
// rule applies; `*` matches anything, slashes included).

interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!match?.[1] || !match[2] || !rule) throw new Error(`bad header line: ${line}`);
    rule.headers.push([match[1], match[2]]);
  }
  return rules;
}

function headersFor(rules: HeaderRule[], requestPath: string, name: string): string[] {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(requestPath);
  return rules
    .filter((rule) => matches(rule.pattern))
    .flatMap((rule) => rule.headers.filter(([key]) => key === name).map(([, value]) => value));
}

describe('headersFile', () => {
  const rules = parseHeadersFile(headersFile({ base: BASE }));
  const hashed = [
    '/reader/assets/index-Bx12ab.js',
    '/reader/assets/index-Cd34.css',
    '/reader/search-index/postings-0a1b2c3d4e.bin',
    '/reader/search-index/docs-0a1b2c3d4e.json',
    '/reader/photos/2023/03/08/2023-03-08-04-1a2b3c4d-1-640.0a1b2c3d4e.avif',
  ];
  const html = [
    '/reader/',
    '/reader/index.html',
    '/reader/404.html',
    '/reader/page/2/',
    '/reader/articles/x/',
    '/reader/articles/x/index.html',
    '/reader/districts/xicheng/themes/reading/',
    '/reader/themes/reading/',
    '/reader/editions/',
    '/reader/editions/2016/',
    '/reader/editions/2016-01-04/1/',
    '/reader/search/',
  ];

  it.each(hashed)('caches hashed %s forever and never as no-cache', (path) => {
    expect(headersFor(rules, path, 'Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
  });

  it.each(html)('makes HTML %s revalidate, and only that', (path) => {
    const values = headersFor(rules, path, 'Cache-Control');
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values)).toEqual(new Set(['no-cache']));
  });

  it('makes the service worker and the search manifest revalidate', () => {
    expect(headersFor(rules, '/reader/sw.js', 'Cache-Control')).toEqual(['no-cache']);
    expect(headersFor(rules, '/reader/search-index.json', 'Cache-Control')).toEqual(['no-cache']);
  });

  it.each([...hashed, ...html, '/reader/sw.js', '/reader/feed.xml'])(
    'sends the security headers once for %s',
    (path) => {
      expect(headersFor(rules, path, 'X-Content-Type-Options')).toEqual(['nosniff']);
      expect(headersFor(rules, path, 'Referrer-Policy')).toEqual(['no-referrer']);
      expect(headersFor(rules, path, 'Content-Security-Policy')).toEqual([contentSecurityPolicy({ asHeader: true })]);
      expect(headersFor(rules, path, 'X-Frame-Options')).toEqual(['DENY']);
    },
  );

  it('forbids framing in the header policy, which a <meta> policy cannot do', () => {
    expect(contentSecurityPolicy({ asHeader: true })).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
  });

  it('uses root paths for a root deployment', () => {
    const rootRules = parseHeadersFile(headersFile({ base: '/' }));
    expect(rootRules.map((rule) => rule.pattern)).toEqual(
      expect.arrayContaining(['/*', '/assets/*', '/', '/*.html', '/sw.js']),
    );
    expect(headersFor(rootRules, '/assets/app-1a2b.js', 'Cache-Control')).toEqual([
      'public, max-age=31536000, immutable',
    ]);
    expect(headersFor(rootRules, '/articles/x/', 'Cache-Control')).toEqual(['no-cache']);
  });

  it('carries the exported policy string', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it("allows the pages' inline script by its hash, stylesheets from the site only, and nothing inline besides", () => {
    const rules = parseHeadersFile(headersFile({ base: '/', scriptHashes: ['sha256-c2NyaXB0'] }));
    const [policy] = headersFor(rules, '/articles/x/', 'Content-Security-Policy');
    expect(policy).toContain("script-src 'self' 'sha256-c2NyaXB0';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
  });
});
