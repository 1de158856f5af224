import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The other choice, for the web bench to measure against the built one: every document carries
 * the stylesheet in a `<style>` element instead of linking it, allowed by its hash in the page's
 * security policy. The site is built with the stylesheet linked (docs/architecture.md).
 */

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/;
const STYLE_SOURCE = "style-src 'self'";

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** One document with `stylesheet` in place of its link, and the security policy allowing it. */
export function inlinedDocument(html: string, stylesheet: string): string {
  const link = STYLESHEET_LINK.exec(html);
  if (!link) throw new Error('the document links no stylesheet');
  const hash = createHash('sha256').update(stylesheet).digest('base64');
  if (!html.includes(STYLE_SOURCE)) throw new Error(`the document's security policy has no "${STYLE_SOURCE}"`);
  return html
    .replace(STYLE_SOURCE, `${STYLE_SOURCE} 'sha256-${hash}'`)
    .replace(link[0], () => `<style>${stylesheet}</style>`);
}

/** Rewrites every document under `dist` to carry the stylesheet inline. Returns how many it rewrote. */
export async function inlineStylesheets(dist: string, base = '/'): Promise<number> {
  const files = await htmlFiles(dist);
  const stylesheets = new Map<string, string>();
  let rewritten = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const href = STYLESHEET_LINK.exec(html)?.[1];
    if (href === undefined) continue;
    const stylesheet =
      stylesheets.get(href) ?? (await readFile(path.join(dist, href.slice(base.length)), 'utf8')).trimEnd();
    stylesheets.set(href, stylesheet);
    await writeFile(file, inlinedDocument(html, stylesheet));
    rewritten += 1;
  }
  return rewritten;
}
