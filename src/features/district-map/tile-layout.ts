/**
 * Beijing's districts as tiles on a 6 × 4 grid, each roughly where the district lies (north at
 * the top): a schematic, not a map, so no boundary data (and no licensed or reviewed map) is
 * needed. `short` is the name a small tile shows; the full name is its accessible name.
 */
export const DISTRICT_TILES: Readonly<Record<string, { column: number; row: number; short: string }>> = {
  yanqing: { column: 2, row: 1, short: '延庆' },
  huairou: { column: 4, row: 1, short: '怀柔' },
  miyun: { column: 5, row: 1, short: '密云' },
  changping: { column: 3, row: 2, short: '昌平' },
  shunyi: { column: 5, row: 2, short: '顺义' },
  pinggu: { column: 6, row: 2, short: '平谷' },
  mentougou: { column: 1, row: 3, short: '门头沟' },
  shijingshan: { column: 2, row: 3, short: '石景山' },
  haidian: { column: 3, row: 3, short: '海淀' },
  xicheng: { column: 4, row: 3, short: '西城' },
  dongcheng: { column: 5, row: 3, short: '东城' },
  chaoyang: { column: 6, row: 3, short: '朝阳' },
  fangshan: { column: 2, row: 4, short: '房山' },
  fengtai: { column: 3, row: 4, short: '丰台' },
  daxing: { column: 4, row: 4, short: '大兴' },
  yizhuang: { column: 5, row: 4, short: '亦庄' },
  tongzhou: { column: 6, row: 4, short: '通州' },
};

/** Shade steps 0 (no article) to 4 (the most articles on the map), by share of the largest count. */
export function shadeLevel(count: number, largest: number): number {
  if (count <= 0 || largest <= 0) return 0;
  return Math.max(1, Math.ceil((4 * count) / largest));
}
