/*
 * How the article on screen marks its blocks of text, for the features that find them again:
 * the reading position (which paragraph the reader is at) and read aloud (what to read, in order).
 */

const PARAGRAPH = 'data-paragraph';
const TITLE_ID = 'article-title';

/** The attributes of the article's title element. */
export const articleTitleAttributes = { id: TITLE_ID };

/** The attributes of the paragraph at `position` (from 0). */
export const paragraphAttributes = (position: number) => ({ [PARAGRAPH]: position });

/** The article's paragraphs, in order. */
export const articleParagraphs = (root: ParentNode = document): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>(`[${PARAGRAPH}]`),
];

/** The title, then each paragraph: the article's text in reading order. */
export const articleBlocks = (root: ParentNode = document): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>(`main #${TITLE_ID}, main [${PARAGRAPH}]`),
];
