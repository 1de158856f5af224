import type { ArticleView } from '../archive/view-schema';
import { ArticleReading } from '../features/library/ArticleReading';
import { SaveToggle } from '../features/library/SaveToggle';
import { savedEntryOf } from '../features/library/saved-entry';
import { ReadAloud } from '../features/read-aloud/ReadAloud';
import { SettingsButton } from '../features/reading-settings/SettingsButton';
import { ShareButtons } from '../features/share/ShareButtons';
import { articlePath } from '../site/paths';
import { siteUrl } from '../site/site-url';

/**
 * The row of reader tools under an article's header: 收藏, 分享 (and 手机扫码阅读 on wide
 * screens), 朗读 where there is a Chinese voice, 阅读设置; and, unseen, read marks and resume.
 */
export function ArticleTools({ view: { article } }: { view: ArticleView }) {
  const url = new URL(siteUrl(articlePath(article.id, article.page.date)), window.location.origin).href;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <SaveToggle article={savedEntryOf(article)} />
      <ShareButtons url={url} title={article.title} />
      <ReadAloud articleId={article.id} />
      <SettingsButton className="border border-line sm:ml-auto" />
      <ArticleReading id={article.id} date={article.page.date} title={article.title} />
    </div>
  );
}
