import { searchPath } from '../../site/paths';

export interface SearchRequest {
  q: string;
  district?: string;
  theme?: string;
}

/** `/search/?q=…&district=…&theme=…`: the URL is the search's whole state, so it can be shared. */
export function searchHref({ q, district, theme }: SearchRequest): string {
  const params = new URLSearchParams({ q });
  if (district) params.set('district', district);
  if (theme) params.set('theme', theme);
  return `${searchPath}?${params.toString()}`;
}
