import type { ComponentProps } from 'react';
import { ClientOnly } from '../lib/client-only';
import { onDemand } from '../lib/on-demand';

/**
 * The reader's own tools (阅读设置, 收藏, 分享, 朗读, shortcuts, read marks, resume) need the app and the reader's
 * storage, and no first load waits for them: they come in one chunk after the page, and an empty
 * box of each one's size holds its place meanwhile, so nothing moves when they arrive.
 */
export const readerTools = onDemand('reader-tools', () => import('./reader-tools.chunk'));

const Header = readerTools.component((m) => m.HeaderTools);
const Tools = readerTools.component((m) => m.ArticleTools);
const Marks = readerTools.component((m) => m.EntryMarks);
const Continue = readerTools.component((m) => m.ContinueReading);

/** The /saved/ screen: a route whose code the page loads before hydrating (see screen-code.ts). */
export const SavedScreen = readerTools.component((m) => m.SavedScreen, null);

export function HeaderToolsSlot() {
  return (
    <ClientOnly fallback={<span aria-hidden="true" className="inline-block h-11 w-11 shrink-0 sm:w-[6.5rem]" />}>
      <Header />
    </ClientOnly>
  );
}

export function ArticleToolsSlot(props: ComponentProps<typeof Tools>) {
  return (
    <ClientOnly fallback={<div aria-hidden="true" className="h-11" />}>
      <Tools {...props} />
    </ClientOnly>
  );
}

export function EntryMarksSlot(props: ComponentProps<typeof Marks>) {
  return (
    <ClientOnly fallback={<span aria-hidden="true" className="inline-block h-11 w-11 shrink-0" />}>
      <Marks {...props} />
    </ClientOnly>
  );
}

export function ContinueReadingSlot() {
  return (
    <ClientOnly fallback={null}>
      <Continue />
    </ClientOnly>
  );
}
