import * as z from 'zod/mini';

/*
 * A term in a module of its own: the search worker reads the terms of the index and must not
 * bring the whole article schema along (its checks cost the worker a kilobyte).
 */

/** A district or theme as readers see it: its slug and its name (the taxonomy file is checked more strictly). */
export const termSchema = z.object({ slug: z.string(), name: z.string() });

export type Term = z.infer<typeof termSchema>;
