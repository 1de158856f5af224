import { SENTENCE_END } from '../content/text-rules.ts';

const MAX_EXCERPT_CHARS = 90;

/** The first sentence of a paragraph, cut short (with an ellipsis) when a sentence runs on. */
export function excerptOf(paragraph: string): string {
  const end = SENTENCE_END.exec(paragraph);
  const sentence = end ? paragraph.slice(0, end.index + end[0].length) : paragraph;
  const chars = [...sentence];
  return chars.length <= MAX_EXCERPT_CHARS ? sentence : `${chars.slice(0, MAX_EXCERPT_CHARS - 1).join('')}…`;
}
