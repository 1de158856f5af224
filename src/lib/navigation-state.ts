/**
 * Carried in history state from a list to its articles, so "back to the list" can step back
 * through real history: that restores the list's filters and its scroll position.
 */
export interface FromList {
  listHref: string;
  stepsFromList: number;
}

// History state may come from an older version of the app, so it is checked field by field.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function readFromList(state: unknown): FromList | undefined {
  if (!isRecord(state)) return undefined;
  const { listHref, stepsFromList } = state;
  const valid = typeof listHref === 'string' && Number.isInteger(stepsFromList) && Number(stepsFromList) > 0;
  return valid ? { listHref, stepsFromList: Number(stepsFromList) } : undefined;
}

/**
 * Facet links change the list in place: focus stays on the chip that was pressed and the page
 * keeps its scroll position, instead of starting over at the new page's heading.
 */
export const stayInPlaceState = { stayInPlace: true } as const;

export function wantsToStayInPlace(state: unknown): boolean {
  return isRecord(state) && state.stayInPlace === true;
}
