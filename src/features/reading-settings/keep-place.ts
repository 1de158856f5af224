/** What a reader's place is anchored to: the first block of text at the top of the window. */
const ANCHORS = 'main h1, main h2, main h3, main p, main li';

function firstVisible(): Element | undefined {
  for (const element of document.querySelectorAll(ANCHORS)) {
    if (element.getBoundingClientRect().bottom > 0) return element;
  }
  return undefined;
}

/**
 * Runs a change that reflows the page (a new text size) and scrolls so that the text the reader
 * was at stays where it was on the screen.
 */
export function keepingPlace(change: () => void): void {
  const anchor = window.scrollY > 0 ? firstVisible() : undefined;
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor && before !== undefined) window.scrollBy(0, anchor.getBoundingClientRect().top - before);
}
