import type { SourceBlock } from './parse-page.ts';
import { endsBlock } from './text-rules.ts';

/**
 * Page layout broke paragraphs mid-sentence, even mid-word (倾 / 听): a block that does not end a
 * sentence continues in the next one, joined with nothing between. The article's last block stays.
 */
export function joinBrokenBlocks(blocks: readonly SourceBlock[]): string[] {
  const paragraphs: string[] = [];
  let continues = false;
  for (const { text } of blocks) {
    if (continues) paragraphs.push(`${paragraphs.pop() ?? ''}${text}`);
    else paragraphs.push(text);
    continues = !endsBlock(text);
  }
  return paragraphs;
}
