/** Resolves a path relative to the site's base, so a sub-path deployment finds its files. */
export function siteUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}
