import type { ListView } from '../../archive/view-schema';
import { AppLink } from '../../lib/app-link';
import { listPath } from '../../site/paths';
import { termName } from '../../text/term-name';

/**
 * Under a district-and-theme list, which shows only its newest articles: where the older ones
 * are. Both wider lists page back through the whole archive, and search filters by both at once.
 */
export function OlderInWiderLists({ view }: { view: ListView }) {
  const { district, theme } = view.filter;
  if (district === undefined || theme === undefined || (view.total ?? 0) <= view.articles.length) return null;
  // Links inside a sentence: the line's height is their target (WCAG 2.5.8 exempts inline links).
  const link = 'text-accent underline underline-offset-2';
  return (
    <p className="border-t border-line pt-4 leading-loose text-muted">
      这里列出最新的 {view.articles.length} 篇。更早的报道可以在
      <AppLink to={listPath({ district })} className={link}>
        {termName(view.districts, district)}
      </AppLink>
      或
      <AppLink to={listPath({ theme })} className={link}>
        {termName(view.themes, theme)}
      </AppLink>
      的列表中往前翻阅，也可以搜索后同时按区域和主题筛选。
    </p>
  );
}
