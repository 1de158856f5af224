/**
 * Page layout mixed half-width `, ( ) : ; ? !` into Chinese text. Only those touching Chinese
 * context become full-width, so numbers (1,000), times (10:30) and Latin text stay as typed.
 */

export const FULL_WIDTH_TWIN: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Han ideographs, CJK punctuation (。、《》…), full-width forms, the ellipsis and the dash. */
const CJK_CONTEXT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2026\u2014]/u;

/** Quotes say nothing about the language on their own, so we look through them. */
const TRANSPARENT = /["'\u2018\u2019\u201c\u201d]/u;

function isCjkContext(char: string | undefined): boolean {
  return char !== undefined && CJK_CONTEXT.test(char);
}

/** The first character from `index` walking by `step` that is not a quote. */
function neighbourThroughQuotes(chars: readonly string[], index: number, step: 1 | -1): string | undefined {
  let at = index;
  while (at >= 0 && at < chars.length && TRANSPARENT.test(chars[at] ?? '')) at += step;
  return chars[at];
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/u;

/**
 * Chinese on either side, or behind a quote when nothing Latin stands right beside the mark:
 * `“甜蜜”,` is Chinese, but the `!` of `"Hello, world!"。` belongs to the English.
 */
function touchesCjk(chars: readonly string[], index: number): boolean {
  const before = chars[index - 1];
  const after = chars[index + 1];
  if (isCjkContext(before) || isCjkContext(after)) return true;
  if (LATIN_OR_DIGIT.test(before ?? '') || LATIN_OR_DIGIT.test(after ?? '')) return false;
  return (
    isCjkContext(neighbourThroughQuotes(chars, index - 1, -1)) ||
    isCjkContext(neighbourThroughQuotes(chars, index + 1, 1))
  );
}

/** Index pairs of matching half-width parentheses, innermost first. */
function matchedParentheses(chars: readonly string[]): Map<number, number> {
  const partner = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((char, index) => {
    if (char === '(') open.push(index);
    if (char === ')') {
      const start = open.pop();
      if (start !== undefined) {
        partner.set(start, index);
        partner.set(index, start);
      }
    }
  });
  return partner;
}

function pairIsChinese(chars: readonly string[], start: number, end: number): boolean {
  const inside = chars.slice(start + 1, end);
  return inside.some(isCjkContext) || touchesCjk(chars, start) || touchesCjk(chars, end);
}

export function normalizePunctuation(text: string): string {
  const chars = [...text];
  const partner = matchedParentheses(chars);
  return chars
    .map((char, index) => {
      const twin = FULL_WIDTH_TWIN[char];
      if (twin === undefined) return char;
      const other = partner.get(index);
      if (other === undefined) return touchesCjk(chars, index) ? twin : char;
      const [start, end] = other > index ? [index, other] : [other, index];
      return pairIsChinese(chars, start, end) ? twin : char;
    })
    .join('');
}
