import { useState } from 'react';
import { Button } from '../../components/Button';
import { FloatingNotice } from '../../components/FloatingNotice';
import { AppLink } from '../../lib/app-link';
import { articlePath } from '../../site/paths';
import { lastUnfinished } from './library-model';
import { useLibrary } from './library-store';

/** Dismissed offers stay dismissed for the rest of the visit. */
const dismissed = new Set<string>();

/** 继续阅读: the list offers the article the reader last left part-way. */
export function ContinueReading() {
  const last = lastUnfinished(useLibrary());
  const [, setDismissals] = useState(0);
  if (!last || dismissed.has(last.id)) return null;
  return (
    <FloatingNotice label="继续阅读">
      <AppLink to={articlePath(last.id, last.date)} className="min-w-0 flex-1 rounded hover:text-accent">
        <span className="block text-sm text-muted">
          继续阅读 · 读到第 {last.paragraph + 1}/{last.paragraphs} 段
        </span>
        <span className="block truncate font-semibold">{last.title}</span>
      </AppLink>
      <Button
        look="quiet"
        className="text-sm"
        onClick={() => {
          dismissed.add(last.id);
          setDismissals((count) => count + 1);
        }}
      >
        <span aria-hidden="true">✕</span>
        <span className="sr-only">不再提示</span>
      </Button>
    </FloatingNotice>
  );
}
