import { ContentError } from './content-error.ts';
import { lineAfter } from './text-rules.ts';

function decodesCleanly(bytes: Uint8Array): boolean {
  try {
    // stream: a sequence cut off by the prefix end is not an error yet.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Offset of the first byte that makes the text invalid: the longest clean prefix's length. */
function firstBadByte(bytes: Uint8Array): number {
  let clean = 0;
  let dirty = bytes.length;
  while (dirty - clean > 1) {
    const middle = Math.floor((clean + dirty) / 2);
    if (decodesCleanly(bytes.subarray(0, middle))) clean = middle;
    else dirty = middle;
  }
  return clean;
}

/** The line of a byte offset, counted on the clean text before it with the page's own line breaks. */
function lineAtOffset(bytes: Uint8Array, offset: number): number {
  return lineAfter(new TextDecoder('utf-8').decode(bytes.subarray(0, offset)));
}

/** Strict UTF-8 decoding (a BOM is dropped); a bad byte is reported with its line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstBadByte(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).padStart(2, '0');
    throw new ContentError(file, lineAtOffset(bytes, offset), `not valid UTF-8 (byte 0x${byte} at offset ${offset})`);
  }
}
