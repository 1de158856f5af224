import type { Credit } from './schema.ts';

/** Longest first, so 摄影记者 wins over 记者. */
const ROLES = ['特约通讯员', '特约记者', '见习记者', '摄影记者', '通讯员', '实习生', '记者', '摄影'];

const NAME = /^[\p{Script=Han}·]{2,8}$/u;
const SEPARATORS = /[\s、，,]+/u;

/** 本报讯, 本报北京3月5日电, 新华社北京3月5日电 … or nothing at all. */
const DATELINE = /^(?:|本报讯|[\p{Script=Han}\d]{1,20}?[讯电])$/u;

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

/** `记者 崔欣 通讯员 刘英`, `记者 张三、李四` → one credit per person; undefined if not a credit list. */
export function parseCredits(text: string): Credit[] | undefined {
  const credits: Credit[] = [];
  let role: string | undefined;
  let roleHasName = true;
  for (const token of text.split(SEPARATORS).filter(Boolean)) {
    const split = splitRole(token);
    if (split) {
      if (!roleHasName) return undefined;
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
const BARE_DATELINE = /^(?<dateline>本报讯|(?:本报|新华社)[\p{Script=Han}\d]{0,16}?电(?=\s))\s*/u;

function extractCreditedByline(lead: string): Byline | undefined {
  const match = LEAD_BYLINE.exec(lead);
  const dateline = match?.groups?.dateline ?? '';
  if (!match || !DATELINE.test(dateline)) return undefined;
  const credits = parseCredits(match.groups?.credits ?? '');
  if (!credits) return undefined;
  const rest = lead.slice(match[0].length);
  return dateline === '' ? { credits, rest } : { dateline, credits, rest };
}

function extractBareDateline(lead: string): Byline | undefined {
  const match = BARE_DATELINE.exec(lead);
  const dateline = match?.groups?.dateline;
  return match && dateline ? { dateline, credits: [], rest: lead.slice(match[0].length) } : undefined;
}

/** `本报讯 (记者 陈曦) 近日…` → dateline, credits and the rest; undefined when the lead has no byline. */
export function extractLeadByline(lead: string): Byline | undefined {
  return extractCreditedByline(lead) ?? extractBareDateline(lead);
}

const NAMES = String.raw`[\p{Script=Han}·]{2,8}(?:[\s、，,]+[\p{Script=Han}·]{2,8})*`;
const PHOTO_ROLES = ROLES.filter((role) => role !== '摄影').join('|');
/** Starts a credit: the caption's start, or after a sentence end or a space. */
const CREDIT_START = String.raw`(?<=^|[\s。！？!?…”’」』）)》])`;
/** Without a role word the names must stand apart from 摄, or 一起拍摄 would read as a credit. */
const PHOTO_CREDIT = new RegExp(
  String.raw`${CREDIT_START}(?:(?:本报)?(?:${PHOTO_ROLES})\s*(?<named>${NAMES})\s*|(?<bare>${NAMES})\s+)(?:摄影报道|摄)$`,
  'u',
);

/** `…等活动。本报记者 边磊 摄影报道` at the caption's end → photographers and the caption. */
export function extractPhotoCredit(caption: string): Omit<Byline, 'dateline'> | undefined {
  const match = PHOTO_CREDIT.exec(caption);
  const names = match?.groups?.named ?? match?.groups?.bare;
  if (!match || names === undefined) return undefined;
  const credits = names
    .split(SEPARATORS)
    .filter(Boolean)
    .map((name) => ({ role: '摄影', name }));
  return { credits, rest: caption.slice(0, match.index).trimEnd() };
}
