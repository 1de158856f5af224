import type { z } from 'zod';

/** Fetches JSON and checks it against its schema: bad data fails loudly at the edge. */
export async function fetchJson<Schema extends z.ZodType>(url: string, schema: Schema): Promise<z.infer<Schema>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return schema.parse(await response.json());
}
