/** The queries both search benches measure, by kind; `rare` is a term one article has (its title's number). */
export const benchQueries = (rare: string) =>
  [
    ['common word', '工会'],
    ['name', '陈曦'],
    ['rare term', rare],
    ['three-term AND', '工会 女职工 顺义'],
    // Longer than any gram, and common: answered from positions, not by checking text.
    ['long phrase', '组织职工开展技能竞赛活动'],
    ['occurs nowhere', '龘鑫犇'],
  ] as const;

/** A rare term: one article's number, which the corpus generator puts in its title. */
export const rareTerm = (title: string | undefined) => /（\d+）/u.exec(title ?? '')?.[0] ?? '（1）';
