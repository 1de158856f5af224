// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readStored } from '../../lib/browser-storage';
import {
  isSaved,
  lastUnfinished,
  withoutHistory,
  withoutSaved,
  withPosition,
  withRead,
  withSaved,
} from './library-model';
import { emptyLibrary, HISTORY_LIMIT, LIBRARY_RECORD, POSITIONS_LIMIT, type ReadingPosition } from './library-schema';

const entry = (id: string, savedAt = 1) => ({ id, title: `标题 ${id}`, edition: '日期未注明', savedAt });
const position = (at: number, paragraph = 2, finished = false): ReadingPosition => ({
  title: `标题 ${at}`,
  paragraph,
  paragraphs: 9,
  finished,
  at,
});

afterEach(() => localStorage.clear());

describe('the library', () => {
  it('lists saved articles newest saved first; saving again moves one to the top', () => {
    let library = withSaved(withSaved(emptyLibrary(), entry('a', 1)), entry('b', 2));
    expect(library.saved.map(({ id }) => id)).toEqual(['b', 'a']);
    library = withSaved(library, entry('a', 3));
    expect(library.saved.map(({ id }) => id)).toEqual(['a', 'b']);
    library = withoutSaved(library, 'a');
    expect(isSaved(library, 'a')).toBe(false);
    expect(isSaved(library, 'b')).toBe(true);
  });

  it('keeps the newest read marks and positions within their limits', () => {
    let library = emptyLibrary();
    for (let at = 0; at < HISTORY_LIMIT + 10; at += 1) library = withRead(library, `a-${at}`, at);
    expect(Object.keys(library.read)).toHaveLength(HISTORY_LIMIT);
    expect(library.read['a-0']).toBeUndefined();
    expect(library.read[`a-${HISTORY_LIMIT + 9}`]).toBe(HISTORY_LIMIT + 9);
    for (let at = 0; at < POSITIONS_LIMIT + 5; at += 1) library = withPosition(library, `p-${at}`, position(at));
    expect(Object.keys(library.positions)).toHaveLength(POSITIONS_LIMIT);
    expect(library.positions['p-0']).toBeUndefined();
  });

  it('offers to continue the article most recently left part-way, not one read to the end or not begun', () => {
    let library = withPosition(emptyLibrary(), 'old', position(1));
    library = withPosition(library, 'newer', position(2));
    library = withPosition(library, 'finished', position(3, 5, true));
    library = withPosition(library, 'top', position(4, 0));
    expect(lastUnfinished(library)?.id).toBe('newer');
    expect(lastUnfinished(withoutHistory(library))).toBeUndefined();
  });

  it('clearing the history keeps what was saved', () => {
    const library = withRead(withSaved(emptyLibrary(), entry('a')), 'a', 5);
    expect(withoutHistory(library)).toEqual({ ...emptyLibrary(), saved: library.saved });
  });

  it('reads back from storage, keeping every entry that reads of a damaged record', () => {
    localStorage.setItem(
      LIBRARY_RECORD.key,
      JSON.stringify({
        version: 1,
        saved: [entry('ok'), { id: 'no-title' }, 7],
        read: { ok: 5, 'Bad Id': 1, other: 'x' },
        positions: { ok: position(1), bad: { paragraph: -1 } },
      }),
    );
    expect(readStored(LIBRARY_RECORD)).toEqual({
      version: 2,
      saved: [entry('ok')],
      read: { ok: 5 },
      positions: { ok: position(1) },
    });
  });
});
