/**
 * The one normalization search applies to article text and to queries alike. It folds a character
 * at a time and never changes a string's length, so an offset in the folded text is the same
 * offset in the text the reader sees (which is what highlighting needs).
 */

const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_TO_HALF = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
/** Half-width ideographic punctuation ｡｢｣､ and their full forms 。「」、. */
const HALF_WIDTH_IDEOGRAPHIC: ReadonlyMap<number, number> = new Map([
  [0xff61, 0x3002],
  [0xff62, 0x300c],
  [0xff63, 0x300d],
  [0xff64, 0x3001],
]);

function foldCode(code: number): number {
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) code -= FULL_TO_HALF;
  else if (code === IDEOGRAPHIC_SPACE) return 0x20;
  else code = HALF_WIDTH_IDEOGRAPHIC.get(code) ?? code;
  // Latin letters ignore case; a lower case that would change the length is left alone (İ).
  if (code < 0x41 || (code > 0x5a && code < 0xc0)) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** foldCode of every UTF-16 unit met so far, 0 for one not worked out yet: folding is on every query's path. */
const folds = new Uint16Array(0x10000);
function foldedCode(code: number): number {
  const known = folds[code];
  if (known) return known;
  const folded = foldCode(code);
  folds[code] = folded;
  return folded;
}

/** Full-width and half-width forms folded together, Latin letters in lower case; same length. */
export function foldForSearch(text: string): string {
  // Runs that fold to themselves (most of a Chinese text) are copied whole.
  let folded = '';
  let unchangedFrom = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const to = foldedCode(code);
    if (to === code) continue;
    folded += text.slice(unchangedFrom, index) + String.fromCharCode(to);
    unchangedFrom = index + 1;
  }
  return unchangedFrom === 0 ? text : folded + text.slice(unchangedFrom);
}
