import * as z from 'zod/mini';
import type { SearchRequest } from './search-url';

const slug = z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/u)));

/** The search's state from the URL; a malformed filter is dropped rather than trusted. */
export function readSearchParams(params: URLSearchParams): SearchRequest {
  const read = (name: string) => {
    const parsed = slug.safeParse(params.get(name) ?? undefined);
    return parsed.success ? parsed.data : undefined;
  };
  return { q: params.get('q') ?? '', district: read('district'), theme: read('theme') };
}
