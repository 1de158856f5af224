import { embeddedViewElement } from './embedded-view';
import { escapeHtml } from './escape';
import { documentTitle, type HeadMeta, SITE_NAME } from './head';
import { absoluteUrl, FEED_FILE, normalizeBase } from './published-url';
import type { InlineHashes } from './security-policy';

export interface SiteLocation {
  /** Origin the site is published at, e.g. https://news.example.org */
  siteUrl: string;
  /** Deployment sub-path, e.g. / or /reader/ */
  base: string;
}

const tag = (name: string, attributes: Record<string, string>) =>
  `<${name} ${Object.entries(attributes)
    .map(([key, value]) => `${key}="${escapeHtml(value)}"`)
    .join(' ')}>`;

/** Title, description, canonical URL and share-preview tags of one page. */
export function headTags(meta: HeadMeta, site: SiteLocation): string {
  const url = absoluteUrl(site.siteUrl, site.base, meta.path);
  const title = documentTitle(meta.title);
  const image = absoluteUrl(site.siteUrl, site.base, meta.image ?? 'icons/icon-512.png');
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    tag('meta', { name: 'description', content: meta.description }),
    tag('link', { rel: 'canonical', href: url }),
    // Vite rewrites only public/ files' URLs for the base; the feed is written later, so its link is made here.
    tag('link', {
      rel: 'alternate',
      type: 'application/atom+xml',
      title: SITE_NAME,
      href: `${normalizeBase(site.base)}${FEED_FILE}`,
    }),
    tag('meta', { property: 'og:site_name', content: SITE_NAME }),
    tag('meta', { property: 'og:locale', content: 'zh_CN' }),
    tag('meta', { property: 'og:type', content: meta.type }),
    tag('meta', { property: 'og:title', content: meta.title }),
    tag('meta', { property: 'og:description', content: meta.description }),
    tag('meta', { property: 'og:url', content: url }),
    tag('meta', { property: 'og:image', content: image }),
    tag('meta', { name: 'twitter:card', content: meta.image ? 'summary_large_image' : 'summary' }),
    tag('meta', { name: 'twitter:title', content: meta.title }),
    tag('meta', { name: 'twitter:description', content: meta.description }),
  ];
  if (meta.section) tags.push(tag('meta', { property: 'article:section', content: meta.section }));
  for (const articleTag of meta.tags ?? []) tags.push(tag('meta', { property: 'article:tag', content: articleTag }));
  return tags.join('\n    ');
}

/** Preload links for module files (paths under the site), unhurried. */
export function modulePreloadTags(files: readonly string[], base: string): string {
  return files
    .map((file) =>
      tag('link', {
        rel: 'modulepreload',
        fetchpriority: 'low',
        crossorigin: '',
        href: `${normalizeBase(base)}${file}`,
      }),
    )
    .join('\n    ');
}

/** The id of the template that lists the code a page fetches once it shows (entry-client.tsx). */
export const APP_CODE_ID = 'app-code';

/**
 * The code every page runs, as preload links kept inert in a template: the page fetches them once
 * its text and lead photo show, so that on a slow network they do not compete with those.
 */
export function appCodeTemplate(files: readonly string[], base: string): string {
  return `<template id="${APP_CODE_ID}">${modulePreloadTags(files, base)}</template>`;
}

const TITLE = /<title>[^<]*<\/title>/;
/** The app's code template, up to and from its end tag; made when asked, so the client's entry, which
 * reads APP_CODE_ID, does not carry it. */
const appCodeEnd = () => new RegExp(`(<template id="${APP_CODE_ID}">[\\s\\S]*?)(</template>)`);
const DESCRIPTION = /<meta name="description"[^>]*>/;
const ROOT = '<div id="root"></div>';

export interface FilledPage {
  head: string;
  /** Preload links for the screen's own code (modulePreloadTags), added to the app-code template. */
  screenCode?: string;
  appHtml: string;
  /** The embedded data, and the URL (with the base) the markup was rendered for. */
  state?: { json: string; url: string };
}

/** The built index.html with one page's head, markup and embedded data filled in. */
export function fillTemplate(template: string, page: FilledPage): string {
  if (!TITLE.test(template) || !DESCRIPTION.test(template) || !template.includes(ROOT)) {
    throw new Error('index.html must have a <title>, a <meta name="description"> and an empty <div id="root"></div>');
  }
  if (page.screenCode && !appCodeEnd().test(template))
    throw new Error(`index.html has no <template id="${APP_CODE_ID}"> to list the code to preload in`);
  const state = page.state && embeddedViewElement(page.state.json, page.state.url);
  return template
    .replace(appCodeEnd(), (_, start: string, end: string) => `${start}${page.screenCode ?? ''}${end}`)
    .replace(DESCRIPTION, '')
    .replace(TITLE, () => page.head)
    .replace(ROOT, () => `<div id="root">${page.appHtml}</div>${state ?? ''}`);
}

const SECURITY_POLICY = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;

const hashesIn = (directive: string | undefined) =>
  [...(directive?.matchAll(/'(sha256-[^']+)'/g) ?? [])].map((match) => match[1] ?? '');

/** The inline hashes a page's security policy allows, for the `_headers` file to send the same policy. */
export function inlineHashesOf(page: string): Required<InlineHashes> {
  const directives = SECURITY_POLICY.exec(page)?.[0].split(';') ?? [];
  return {
    scriptHashes: hashesIn(directives.find((directive) => directive.trim().startsWith('script-src'))),
  };
}
