import { Link } from 'react-router';
import type { EditionsView } from '../../archive/view-schema';
import { PageHeading } from '../../components/PageHeading';
import { editionsMeta } from '../../lib/page-meta';
import { editionPath } from '../../lib/routes';
import { useDocumentTitle } from '../../lib/use-document-title';
import { calendarMonths, type CalendarMonth } from './calendar-model';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** `/editions/`: every edition by year and month; days with an edition lead to it. */
export function EditionsCalendar({ view }: { view: EditionsView }) {
  useDocumentTitle(editionsMeta.title);
  const months = calendarMonths(view);
  const years = [...new Set(months.map((month) => month.year))];
  return (
    <div>
      <PageHeading className="text-2xl sm:text-3xl">{editionsMeta.title}</PageHeading>
      <p className="mt-2 text-muted">共 {view.days.length} 期，点日期查看当天的版面。</p>
      {months.length === 0 && <p className="py-6">还没有注明日期的版面。</p>}
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="border-b-2 border-accent pb-1 font-serif text-xl font-bold text-accent">
            {year}年
          </h2>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {months
              .filter((month) => month.year === year)
              .map((month) => (
                <MonthTable key={month.month} month={month} />
              ))}
          </div>
        </section>
      ))}
    </div>
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
                  <Link
                    to={editionPath(cell.date)}
                    className="flex min-h-11 flex-col items-center justify-center rounded border border-line bg-surface leading-tight hover:border-accent hover:text-accent"
                  >
                    <span className="font-semibold">
                      <span className="sr-only">{month.month}月</span>
                      {cell.day}
                      <span className="sr-only">日，</span>
                    </span>
                    <span className="text-xs text-muted">{cell.articles}篇</span>
                  </Link>
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
