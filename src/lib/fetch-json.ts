/**
 * Fetches one of the site's own data files. They were checked against the zod schemas when the
 * build wrote them and are content-hashed, so the browser trusts them instead of shipping the
 * validator to every phone (it would cost about 7 KB of the first-load JavaScript budget).
 */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
