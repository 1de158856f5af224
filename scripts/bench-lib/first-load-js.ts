import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSize } from './gzip-size.ts';

/** The JS a first visit downloads: the module scripts and modulepreloads of the built index.html. */
export interface FirstLoadJs {
  /** Every file gzipped at level 9, summed. */
  gzipBytes: number;
  /** The same in kB of 1000 bytes: the unit of Vite's build report and of the firstLoadJsGzipKb budget. */
  gzipKb: number;
  /** Paths under the built site. */
  files: string[];
}

/** Attribute map of one HTML start tag; good enough for Vite's own output. */
function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const key = match[1];
    if (key !== undefined) attributes.set(key.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Module scripts and modulepreloads of a page, as written in it. */
function firstLoadScripts(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attributes = tagAttributes(tag.replace(/^<\w+/, ''));
    const isLink = /^<link/i.test(tag);
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (!isLink && attributes.get('type') === 'module' && attributes.get('src')) urls.push(attributes.get('src') ?? '');
    if (isLink && rel.includes('modulepreload') && attributes.get('href')) urls.push(attributes.get('href') ?? '');
  }
  return [...new Set(urls)];
}

/** First-load JS of the site built into `outDir` for `siteUrl` (served from its root). */
export function firstLoadJs(outDir: string, siteUrl: string): FirstLoadJs {
  const origin = new URL(siteUrl).origin;
  const files: string[] = [];
  let gzipBytes = 0;
  for (const src of firstLoadScripts(readFileSync(path.join(outDir, 'index.html'), 'utf8'))) {
    const url = new URL(src, `${siteUrl}/`);
    if (url.origin !== origin) continue; // A third-party script is not in the built site.
    const file = path.join(outDir, decodeURIComponent(url.pathname));
    gzipBytes += gzipSize(file);
    files.push(path.relative(outDir, file));
  }
  return { gzipBytes, gzipKb: gzipBytes / 1000, files };
}

/** The line a bench prints for it. */
export function describeFirstLoadJs({ gzipKb, files }: FirstLoadJs): string {
  return `first-load JS (gzip -9): ${gzipKb.toFixed(1)} kB in ${files.length} file(s): ${files.join(', ')}`;
}
