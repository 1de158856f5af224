import { PARAGRAPH_ATTRIBUTE } from '../archive/markup-text';
import { TITLE_ID } from './article-blocks';

// Apart from the marks themselves: only the reader's tools, which load on demand, look for them.

/** The article's paragraphs, in order. */
export const articleParagraphs = (root: ParentNode = document): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>(`[${PARAGRAPH_ATTRIBUTE}]`),
];

/** The title, then each paragraph: the article's text in reading order. */
export const articleBlocks = (root: ParentNode = document): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>(`main #${TITLE_ID}, main [${PARAGRAPH_ATTRIBUTE}]`),
];
