import { z } from 'zod';

/**
 * Carried in history state from a list to its articles, so "back to the list" can step back
 * through real history: that restores the list's filters and its scroll position.
 */
const fromListSchema = z.object({ listHref: z.string(), stepsFromList: z.number().int().positive() });

export type FromList = z.infer<typeof fromListSchema>;

export function readFromList(state: unknown): FromList | undefined {
  const parsed = fromListSchema.safeParse(state);
  return parsed.success ? parsed.data : undefined;
}

/** Facet links keep focus on the chip that was pressed instead of moving it to the heading. */
const keepFocusSchema = z.object({ keepFocus: z.literal(true) });

export const keepFocusState = { keepFocus: true } as const;

export function wantsFocusKept(state: unknown): boolean {
  return keepFocusSchema.safeParse(state).success;
}
