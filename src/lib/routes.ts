/** The app's URLs in one place, so links and route definitions cannot drift apart. */

export interface ListFilter {
  district?: string;
  theme?: string;
}

export const articlePath = (id: string) => `/articles/${id}`;

/** Canonical list URL: one facet gets its own path, a combination adds the theme as a query. */
export function listPath({ district, theme }: ListFilter): string {
  if (district && theme) return `/districts/${district}?theme=${encodeURIComponent(theme)}`;
  if (district) return `/districts/${district}`;
  if (theme) return `/themes/${theme}`;
  return '/';
}
