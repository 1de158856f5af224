const WEEKDAYS = '日一二三四五六';

function parts(iso: string): { year: number; month: number; day: number; weekday: number } {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  // UTC: an edition's date is a calendar day, the same in every time zone.
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** 2023-03-08 → 2023年3月8日 星期三 */
export function formatEditionDate(iso: string): string {
  const { year, month, day, weekday } = parts(iso);
  return `${year}年${month}月${day}日 星期${WEEKDAYS[weekday] ?? ''}`;
}

/** 2023-03-08 → 3月8日 */
export function formatShortDate(iso: string): string {
  const { month, day } = parts(iso);
  return `${month}月${day}日`;
}

export const UNDATED = '日期未注明';
