import type { Article, Credit } from '../content/schema.ts';

/** "记者 崔欣 通讯员 刘英": each role once, followed by the people who share it. */
export function creditLine(credits: Credit[]): string {
  const byRole = new Map<string, string[]>();
  for (const { role, name } of credits) byRole.set(role, [...(byRole.get(role) ?? []), name]);
  return [...byRole].map(([role, names]) => `${role} ${names.join(' ')}`).join(' ');
}

/** The byline as the newspaper prints it: 本报讯（记者 陈曦）. */
export function bylineText({ dateline, credits }: Pick<Article, 'dateline' | 'credits'>): string {
  const people = creditLine(credits);
  if (!dateline) return people;
  return people ? `${dateline}（${people}）` : dateline;
}
