/** What a reader's place is anchored to: a block of text near the top of the window. */
const ANCHORS = 'main h1, main h2, main h3, main p, main li';

/**
 * The first block that starts inside the window: the one the reader is reading or about to. (A
 * block cut off at the top grows upwards too, so anchoring its top would push the next one away.)
 */
function anchor(): Element | undefined {
  let cutOff: Element | undefined;
  for (const element of document.querySelectorAll(ANCHORS)) {
    const { top, bottom } = element.getBoundingClientRect();
    if (top >= 0) return element;
    if (bottom > 0) cutOff ??= element;
  }
  return cutOff;
}

/**
 * Runs a change that reflows the page (a new text size) and scrolls so that the text the reader
 * was at stays where it was on the screen.
 */
export function keepingPlace(change: () => void): void {
  const kept = window.scrollY > 0 ? anchor() : undefined;
  const before = kept?.getBoundingClientRect().top;
  change();
  if (kept && before !== undefined) window.scrollBy(0, kept.getBoundingClientRect().top - before);
}
