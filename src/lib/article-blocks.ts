/*
 * How the article on screen marks its blocks of text, for the features that find them again
 * (lib/find-article-blocks.ts): the reading position and read aloud.
 */

import { PARAGRAPH_ATTRIBUTE } from '../archive/markup-text';

export const TITLE_ID = 'article-title';

/** The attributes of the article's title element. */
export const articleTitleAttributes = { id: TITLE_ID };

/** The attributes of the paragraph at `position` (from 0). */
export const paragraphAttributes = (position: number) => ({ [PARAGRAPH_ATTRIBUTE]: position });
