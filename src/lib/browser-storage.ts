import type * as z from 'zod/mini';

/**
 * localStorage as data from outside: what comes back is read through a schema, and a store that
 * throws (private browsing, storage switched off) or is full behaves like an empty one. Nothing
 * here logs: a reader's browser settings are not an error.
 */

type Fields = Record<string, unknown>;

/**
 * One stored record: its key and current schema (with a numeric `version` field), the steps that
 * lift an older version to the next, and what to fall back on.
 */
export interface StoredRecord<T extends { version: number }> {
  key: string;
  /** A function, so that the schema is built only when a stored record is read (see once.ts). */
  schema: () => z.ZodMiniType<T>;
  /** `upgrades[n]` turns a version-n record into a version-(n+1) one; an app update adds a step. */
  upgrades?: Readonly<Record<number, (record: Fields) => Fields>>;
  /** Makes what it can of a record that does not read (a field a newer app wrote, a damaged value). */
  salvage?: (record: Fields) => unknown;
  fallback: () => T;
}

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lifts an older record through each upgrade step to the current version; undefined past a gap. */
function upgrade<T extends { version: number }>(record: StoredRecord<T>, stored: Fields): Fields | undefined {
  let current = stored;
  for (let guard = 0; guard < 100; guard += 1) {
    const step = typeof current.version === 'number' ? record.upgrades?.[current.version] : undefined;
    if (!step) return current;
    current = step(current);
  }
  return undefined;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Some browsers throw on the property itself when storage is blocked.
    return undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The record as stored (migrated if older), or its fallback when absent, foreign or unreadable. */
export function readStored<T extends { version: number }>(record: StoredRecord<T>): T {
  let text: string | null | undefined;
  try {
    text = storage()?.getItem(record.key);
  } catch {
    text = undefined;
  }
  if (text === null || text === undefined) return record.fallback();
  const raw = parseJson(text);
  if (!isFields(raw)) return record.fallback();
  const upgraded = upgrade(record, raw);
  if (!upgraded) return record.fallback();
  const schema = record.schema();
  const current = schema.safeParse(upgraded);
  if (current.success) return current.data;
  const salvaged = record.salvage ? schema.safeParse(record.salvage(upgraded)) : undefined;
  return salvaged?.success ? salvaged.data : record.fallback();
}

/** Stores the record; false when the browser would not keep it (no storage, or quota full). */
export function writeStored<T extends { version: number }>(record: StoredRecord<T>, value: T): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(record.key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
