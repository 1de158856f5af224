import { describe, expect, it } from 'vitest';
import { calendarMonths } from './calendar-model';

describe('calendarMonths', () => {
  const view = {
    kind: 'editions' as const,
    year: 2023,
    years: [{ year: 2023, editions: 3 }],
    days: [
      { date: '2023-03-08', articles: 32 },
      { date: '2023-03-07', articles: 30 },
      { date: '2023-02-28', articles: 8 },
    ],
  };

  it('gives each month with an edition, newest first', () => {
    expect(calendarMonths(view).map(({ year, month }) => [year, month])).toEqual([
      [2023, 3],
      [2023, 2],
    ]);
  });

  it('lays a month out in weeks from Monday, with its editions counted', () => {
    const [march] = calendarMonths(view);
    // 1 March 2023 was a Wednesday.
    expect(march?.weeks[0]?.map((cell) => cell?.day ?? null)).toEqual([null, null, 1, 2, 3, 4, 5]);
    expect(march?.weeks.flat().filter((cell) => cell !== null)).toHaveLength(31);
    expect(march?.weeks.flat().find((cell) => cell?.date === '2023-03-08')?.articles).toBe(32);
    expect(march?.weeks.flat().find((cell) => cell?.date === '2023-03-09')?.articles).toBe(0);
    expect(march?.weeks.every((week) => week.length === 7)).toBe(true);
  });
});
