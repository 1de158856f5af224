/**
 * The app's URLs in one place, so links, route definitions and prerendered files cannot drift apart.
 * Every URL ends in a slash: each is a folder with an index.html on a static host.
 */

export interface ListFilter {
  district?: string;
  theme?: string;
}

export const articlePath = (id: string) => `/articles/${id}/`;

/** Every combination of facets is a path of its own, so each is a real file a static host can serve. */
export function listPath({ district, theme }: ListFilter): string {
  const districtPart = district ? `districts/${district}/` : '';
  const themePart = theme ? `themes/${theme}/` : '';
  return `/${districtPart}${themePart}`;
}

export const routePatterns = {
  district: 'districts/:district',
  theme: 'themes/:theme',
  districtAndTheme: 'districts/:district/themes/:theme',
  article: 'articles/:id',
} as const;
