import type { Credit } from './schema.ts';
import { endOfLastSentence, trimInvisible, trimInvisibleEnd } from './text-rules.ts';

/** Longest first, so 摄影记者 wins over 记者. */
const ROLES = ['特约通讯员', '特约记者', '见习记者', '摄影记者', '通讯员', '实习生', '记者', '摄影'];

const NAME = /^[\p{Script=Han}·]{2,8}$/u;
const SEPARATORS = /[\s、，,]+/u;

/** 本报讯, 本报北京3月5日电, 新华社北京3月5日电 … or nothing at all. */
const DATELINE = /^(?:|本报讯|[\p{Script=Han}\d０-９]{1,20}?[讯电])$/u;

/** Dateline, then the credits in half- or full-width parentheses, at the very start of the lead. */
const LEAD_BYLINE = /^(?<dateline>[^\s（(]*)\s*[（(](?<credits>[^（()）]*)[）)]\s*/u;

export interface Byline {
  dateline?: string;
  credits: Credit[];
  /** The paragraph with the byline removed. */
  rest: string;
}

function splitRole(token: string): { role: string; name: string } | undefined {
  const unprefixed = token.replace(/^本报/u, '');
  const role = ROLES.find((candidate) => unprefixed.startsWith(candidate));
  return role === undefined ? undefined : { role, name: unprefixed.slice(role.length) };
}

/** Newspapers pad two-character names to line them up with three-character ones: 陈　曦. */
const PADDED_NAME = /(^|\s)(\p{Script=Han})[\s\u3000]+(\p{Script=Han})(?=\s|$)/gu;

/**
 * `记者 崔欣 通讯员 刘英`, `记者 张三、李四` → one credit per person; undefined if not a credit list.
 * `gluedRoles: false` asks for a space between each role and its name: 记者陈曦 then reads as text.
 */
export function parseCredits(text: string, { gluedRoles = true } = {}): Credit[] | undefined {
  const credits: Credit[] = [];
  let role: string | undefined;
  let roleHasName = true;
  for (const token of text.replace(PADDED_NAME, '$1$2$3').split(SEPARATORS).filter(Boolean)) {
    const split = splitRole(token);
    if (split) {
      if (!roleHasName || (!gluedRoles && split.name !== '')) return undefined;
      role = split.role;
      roleHasName = false;
    }
    const name = split ? split.name : token;
    if (name === '') continue;
    if (role === undefined || !NAME.test(name)) return undefined;
    credits.push({ role, name });
    roleHasName = true;
  }
  return credits.length > 0 && roleHasName ? credits : undefined;
}

/** A dateline with nobody credited: `本报讯 近日…`, `新华社北京3月5日电 …`. */
const BARE_DATELINE = /^(?<dateline>本报讯|(?:本报|新华社)[\p{Script=Han}\d０-９]{0,16}?电(?=\s))\s*/u;

/**
 * After a dateline a byline is expected, so 本报讯（记者陈曦） is one. A bracket opening a lead
 * without a dateline is a byline only when each role stands apart from its name (（记者 陈曦）):
 * （记者手记） and （通讯员来稿） label a genre, and their words stay in the text.
 */
function extractCreditedByline(lead: string): Byline | undefined {
  const match = LEAD_BYLINE.exec(lead);
  const dateline = match?.groups?.dateline ?? '';
  if (!match || !DATELINE.test(dateline)) return undefined;
  const credits = parseCredits(match.groups?.credits ?? '', { gluedRoles: dateline !== '' });
  if (!credits) return undefined;
  const rest = trimInvisible(lead.slice(match[0].length));
  return dateline === '' ? { credits, rest } : { dateline, credits, rest };
}

function extractBareDateline(lead: string): Byline | undefined {
  const match = BARE_DATELINE.exec(lead);
  const dateline = match?.groups?.dateline;
  return match && dateline ? { dateline, credits: [], rest: trimInvisible(lead.slice(match[0].length)) } : undefined;
}

/** `本报讯 (记者 陈曦) 近日…` → dateline, credits and the rest; undefined when the lead has no byline. */
export function extractLeadByline(lead: string): Byline | undefined {
  return extractCreditedByline(lead) ?? extractBareDateline(lead);
}

const PHOTO_MARKS = ['摄影报道', '摄'];
/** A lone photographer without a role word: a short name, set apart from 摄 by a space. */
const BARE_PHOTOGRAPHER = /^[\p{Script=Han}·]{2,4}$/u;
/** Roles and names of one photo credit; a longer tail after the last sentence is caption text. */
const MAX_CREDIT_WORDS = 24;

/** The caption before a closing 摄影报道 / 摄, and whether a space set the mark apart. */
function splitPhotoMark(caption: string): { body: string; spaced: boolean } | undefined {
  const mark = PHOTO_MARKS.find((candidate) => caption.endsWith(candidate));
  if (mark === undefined) return undefined;
  const before = caption.slice(0, -mark.length);
  const body = trimInvisibleEnd(before);
  return { body, spaced: body.length < before.length };
}

/** Where a credit may begin: after the caption's last sentence, at the start of one of its last words. */
function creditStarts(body: string): number[] {
  const lastSentenceEnd = endOfLastSentence(body);
  const wordStarts = [...body.slice(lastSentenceEnd).matchAll(/(?<=^|\s)\S/gu)].map(
    (match) => lastSentenceEnd + match.index,
  );
  return wordStarts.slice(-MAX_CREDIT_WORDS);
}

function photographers(credits: Credit[]): Credit[] {
  return credits.map(({ name }) => ({ role: '摄影', name }));
}

/**
 * `…等活动。本报记者 边磊 摄影报道` at the caption's end → photographers and the caption. Only the
 * words after the last sentence can be the credit, it must open with a role word (or be one lone
 * name before 摄), and every word of it must be a credit: caption text is never taken for a name.
 */
export function extractPhotoCredit(caption: string): Omit<Byline, 'dateline'> | undefined {
  const photo = splitPhotoMark(caption);
  if (!photo) return undefined;
  const { body } = photo;
  const starts = creditStarts(body);
  for (const start of starts) {
    const tail = body.slice(start);
    const credits = splitRole(tail.split(SEPARATORS)[0] ?? '') ? parseCredits(tail) : undefined;
    if (credits) return { credits: photographers(credits), rest: trimInvisibleEnd(body.slice(0, start)) };
  }
  const last = starts.at(-1);
  const name = last === undefined ? '' : body.slice(last).trim();
  if (last === undefined || !photo.spaced || !BARE_PHOTOGRAPHER.test(name)) return undefined;
  return { credits: [{ role: '摄影', name }], rest: trimInvisibleEnd(body.slice(0, last)) };
}
