import { useEffect, useEffectEvent, useState } from 'react';
import { useNavigationType } from 'react-router';
import { Button } from '../../components/Button';
import { FloatingNotice } from '../../components/FloatingNotice';
import { articleParagraphs } from '../../lib/find-article-blocks';
import { withPosition, withRead } from './library-model';
import { updateLibrary, useLibrary } from './library-store';
import { currentPosition, scrollToParagraph } from './reading-position';

const SAVE_DELAY_MS = 400;

/** Whether an article was shown before in this page's life: a POP after that is back or forward. */
let shownBefore = false;

/**
 * A new visit to the article: a link or the address bar, not back and forward (which go where
 * the reader was, like everywhere else). Loading the page counts as a visit while nothing has
 * scrolled it yet.
 */
function isNewVisit(navigationType: string): boolean {
  const landing = !shownBefore;
  shownBefore = true;
  return navigationType !== 'POP' || (landing && window.scrollY === 0);
}

/**
 * Marks the article 已读, remembers the paragraph the reader is at, and on a new visit to an
 * article left part-way, goes back to that paragraph (with a way to start from the top).
 */
export function ArticleReading({ id, date, title }: { id: string; date: string | undefined; title: string }) {
  const stored = useLibrary().positions[id];
  const navigationType = useNavigationType();
  const [resumedAt, setResumedAt] = useState<number>();

  const openArticle = useEffectEvent(() => {
    updateLibrary((library) => withRead(library, id, Date.now()));
    if (isNewVisit(navigationType) && stored && !stored.finished && stored.paragraph > 0) {
      scrollToParagraph(articleParagraphs(), stored.paragraph);
      setResumedAt(stored.paragraph);
    }
  });
  // Once per article opened: later position changes are this visit's own.
  useEffect(() => openArticle(), [id]);

  useEffect(() => {
    let timer: number | undefined;
    const remember = () => {
      const paragraphs = articleParagraphs();
      if (paragraphs.length === 0) return;
      const { paragraph, finished } = currentPosition(paragraphs);
      updateLibrary((library) =>
        withPosition(library, id, { date, title, paragraph, paragraphs: paragraphs.length, finished, at: Date.now() }),
      );
    };
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(remember, SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', remember);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', remember);
    };
  }, [id, date, title]);

  if (resumedAt === undefined) return null;
  return (
    <FloatingNotice>
      <p className="text-sm">已回到上次读到的位置（第 {resumedAt + 1} 段）</p>
      <span className="flex gap-2">
        <Button
          className="text-sm"
          onClick={() => {
            window.scrollTo({ top: 0, behavior: 'instant' });
            setResumedAt(undefined);
          }}
        >
          从头阅读
        </Button>
        <Button look="quiet" className="text-sm" onClick={() => setResumedAt(undefined)}>
          知道了
        </Button>
      </span>
    </FloatingNotice>
  );
}
