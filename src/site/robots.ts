/** robots.txt: lets every crawler in and points it at the sitemap. */
import { absoluteUrl, SITEMAP_FILE } from './published-url.ts';

export interface RobotsOptions {
  siteUrl: string;
  base: string;
}

/**
 * Crawlers only read /robots.txt at the origin's root, so under a sub-path base this file is a
 * template for the host's own robots.txt; the Sitemap line is absolute so it works from anywhere.
 */
export function robotsTxt({ siteUrl, base }: RobotsOptions): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(siteUrl, base, SITEMAP_FILE)}`, ''].join('\n');
}
