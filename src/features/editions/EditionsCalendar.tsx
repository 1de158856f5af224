import { editionsMeta } from '../../archive/screen-head-meta';
import type { EditionsView } from '../../archive/view-schema';
import { ScreenHeading } from '../../components/ScreenHeading';
import { AppLink } from '../../lib/app-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { calendarPath, editionPath } from '../../site/paths';
import { type CalendarMonth, calendarMonths } from './calendar-model';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** `/editions/:year/` (and `/editions/`, the newest year): the year's editions by month; days with an edition lead to it. */
export function EditionsCalendar({ view }: { view: EditionsView }) {
  useDocumentTitle(editionsMeta(view).title);
  const months = calendarMonths(view);
  return (
    <div>
      <ScreenHeading className="text-2xl sm:text-3xl">往期版面</ScreenHeading>
      {view.years.length > 1 && <YearLinks view={view} />}
      {view.year === undefined ? (
        <p className="py-6">还没有注明日期的版面。</p>
      ) : (
        <section aria-labelledby={`year-${view.year}`} className="mt-6">
          <h2
            id={`year-${view.year}`}
            className="border-b-2 border-accent pb-1 font-serif text-xl font-bold text-accent"
          >
            {view.year}年
          </h2>
          <p className="mt-2 text-muted">共 {view.days.length} 期，点日期查看当天的版面。</p>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {months.map((month) => (
              <MonthTable key={month.month} month={month} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}

/** Every year of the archive, the one shown marked; a year's calendar is one page, however long the archive runs. */
function YearLinks({ view }: { view: EditionsView }) {
  return (
    <nav aria-label="年份" className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {view.years.map(({ year, editions }) => (
          <li key={year}>
            <AppLink
              to={calendarPath(year, view.years[0]?.year)}
              aria-current={year === view.year ? 'page' : undefined}
              className="inline-flex min-h-11 items-center rounded border border-line bg-surface px-3 hover:border-accent hover:text-accent aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-accent-ink"
            >
              {year}年<span className="ml-1 text-sm">{editions}期</span>
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function MonthTable({ month }: { month: CalendarMonth }) {
  return (
    <table className="w-full table-fixed border-collapse text-center text-sm">
      <caption className="mb-2 text-left font-serif font-bold">{month.month}月</caption>
      <thead>
        <tr className="text-muted">
          {WEEKDAYS.map((day) => (
            <th key={day} scope="col" className="py-1 font-normal">
              <abbr title={`星期${day}`} className="no-underline">
                {day}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {month.weeks.map((week, index) => (
          <tr key={index}>
            {week.map((cell, position) => (
              <td key={position} className="p-0.5">
                {cell && cell.articles > 0 ? (
                  <AppLink
                    to={editionPath(cell.date)}
                    className="flex min-h-11 flex-col items-center justify-center rounded border border-line bg-surface leading-tight hover:border-accent hover:text-accent"
                  >
                    <span className="font-semibold">
                      <span className="sr-only">{month.month}月</span>
                      {cell.day}
                      <span className="sr-only">日，</span>
                    </span>
                    <span className="text-xs text-muted">{cell.articles}篇</span>
                  </AppLink>
                ) : (
                  cell && <span className="flex min-h-11 items-center justify-center text-muted">{cell.day}</span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
