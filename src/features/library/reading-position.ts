/** Below a header that may float over the page, the line where reading happens. */
const READING_LINE = 80;

/**
 * Where the reader is: the first paragraph that reaches below the reading line, and whether the
 * end of the last one is on screen (the article is read to the end).
 */
export function currentPosition(paragraphs: readonly HTMLElement[]): { paragraph: number; finished: boolean } {
  const index = paragraphs.findIndex((element) => element.getBoundingClientRect().bottom > READING_LINE);
  const last = paragraphs.at(-1);
  const finished = last !== undefined && last.getBoundingClientRect().bottom <= window.innerHeight;
  return { paragraph: index === -1 ? Math.max(0, paragraphs.length - 1) : index, finished };
}

/** Scrolls a paragraph to the reading line. */
export function scrollToParagraph(paragraphs: readonly HTMLElement[], index: number): void {
  const element = paragraphs[index];
  if (!element) return;
  window.scrollTo({
    top: element.getBoundingClientRect().top + window.scrollY - READING_LINE + 8,
    behavior: 'instant',
  });
}
