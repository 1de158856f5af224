import type { EditionsView } from '../../archive/view-schema';

export interface CalendarMonth {
  year: number;
  month: number;
  /** The month's days in weeks of Monday to Sunday; null pads the first and last week. */
  weeks: (CalendarDay | null)[][];
}

export interface CalendarDay {
  date: string;
  day: number;
  /** Articles in that day's edition; 0 when there was none. */
  articles: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

function monthGrid(year: number, month: number, counts: ReadonlyMap<string, number>): (CalendarDay | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Monday first, as Chinese calendars print it.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day += 1) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    cells.push({ date, day, articles: counts.get(date) ?? 0 });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** Every month that has an edition, newest first, as a grid of weeks. */
export function calendarMonths(view: EditionsView): CalendarMonth[] {
  const counts = new Map(view.days.map((day) => [day.date, day.articles]));
  const months = [...new Set(view.days.map((day) => day.date.slice(0, 7)))];
  return months.map((key) => {
    const [year = 0, month = 1] = key.split('-').map(Number);
    return { year, month, weeks: monthGrid(year, month, counts) };
  });
}
