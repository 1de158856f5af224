// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { readStored, type StoredRecord, writeStored } from './browser-storage';

/** A record that went through two versions: v1 kept a list of ids, v2 timestamps them, v3 renames the field. */
const markSchema = z.object({ id: z.string(), at: z.number() });
const v3Schema = z.object({ version: z.literal(3), marks: z.array(markSchema) });
type V3 = z.infer<typeof v3Schema>;

const record: StoredRecord<V3> = {
  key: 'test.marks',
  schema: () => v3Schema,
  upgrades: {
    1: (old) => ({ version: 2, ids: (old.ids as string[]).map((id) => ({ id, at: 0 })) }),
    2: (old) => ({ version: 3, marks: old.ids }),
  },
  salvage: (stored) => ({
    version: 3,
    marks: Array.isArray(stored.marks) ? stored.marks.filter((mark) => markSchema.safeParse(mark).success) : [],
  }),
  fallback: () => ({ version: 3, marks: [] }),
};

const store = (value: unknown) =>
  localStorage.setItem(record.key, typeof value === 'string' ? value : JSON.stringify(value));

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('readStored', () => {
  it('reads back what writeStored kept', () => {
    const value: V3 = { version: 3, marks: [{ id: 'a', at: 5 }] };
    expect(writeStored(record, value)).toBe(true);
    expect(readStored(record)).toEqual(value);
  });

  it('lifts an older version through every upgrade step, so nothing saved is lost', () => {
    store({ version: 1, ids: ['a', 'b'] });
    expect(readStored(record)).toEqual({
      version: 3,
      marks: [
        { id: 'a', at: 0 },
        { id: 'b', at: 0 },
      ],
    });
    store({ version: 2, ids: [{ id: 'c', at: 7 }] });
    expect(readStored(record)).toEqual({ version: 3, marks: [{ id: 'c', at: 7 }] });
  });

  it('keeps what still reads of a damaged record', () => {
    store({ version: 3, marks: [{ id: 'a', at: 1 }, { id: 42 }, 'junk'] });
    expect(readStored(record)).toEqual({ version: 3, marks: [{ id: 'a', at: 1 }] });
  });

  it('falls back on nothing stored, garbage, foreign values and unknown versions', () => {
    expect(readStored(record)).toEqual({ version: 3, marks: [] });
    for (const garbage of ['{not json', '"text"', '[1,2]', 'null', '42']) {
      store(garbage);
      expect(readStored(record)).toEqual({ version: 3, marks: [] });
    }
    store({ version: 99, marks: 'later' });
    expect(readStored(record)).toEqual({ version: 3, marks: [] });
  });

  it('treats storage that throws like empty storage', () => {
    vi.spyOn(localStorage, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(readStored(record)).toEqual({ version: 3, marks: [] });
  });
});

describe('writeStored', () => {
  it('reports a full quota or blocked storage instead of throwing', () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeStored(record, { version: 3, marks: [] })).toBe(false);
  });
});
