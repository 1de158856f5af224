import type { PlacedPhoto, SourceBlock } from './parse-page.ts';
import { endsBlock } from './text-rules.ts';

/**
 * Page layout broke paragraphs mid-sentence, even mid-word (倾 / 听): a block that does not end a
 * sentence continues in the next one, joined with nothing between. The article's last block stays.
 * Text never joins across a photo. Also says, for each photo, how many paragraphs come before it.
 */
export function paragraphsAroundPhotos(
  blocks: readonly SourceBlock[],
  photos: readonly Pick<PlacedPhoto, 'afterBlocks'>[],
): { paragraphs: string[]; photosAt: number[] } {
  const breaks = new Set(photos.map((photo) => photo.afterBlocks));
  const paragraphs: string[] = [];
  /** For each block, the paragraphs before the one it is in. */
  const before: number[] = [];
  let continues = false;
  for (const [index, { text }] of blocks.entries()) {
    if (continues && !breaks.has(index)) paragraphs.push(`${paragraphs.pop() ?? ''}${text}`);
    else paragraphs.push(text);
    before.push(paragraphs.length - 1);
    continues = !endsBlock(text);
  }
  return { paragraphs, photosAt: photos.map((photo) => before[photo.afterBlocks] ?? paragraphs.length) };
}

export const joinBrokenBlocks = (blocks: readonly SourceBlock[]): string[] =>
  paragraphsAroundPhotos(blocks, []).paragraphs;
