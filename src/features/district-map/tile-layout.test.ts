import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISTRICT_TILES, shadeLevel } from './tile-layout';

/** The grid the map and its skeleton draw: six columns of Tailwind's grid-cols-6, four rows of tiles. */
const GRID = { columns: 6, rows: 4 };

const taxonomy = JSON.parse(readFileSync(new URL('../../../content/taxonomy.json', import.meta.url), 'utf8')) as {
  districts: Array<{ slug: string; name: string }>;
};

describe('the district tile map', () => {
  it('has a tile for every district in the taxonomy, and none besides', () => {
    expect(Object.keys(DISTRICT_TILES).sort()).toEqual(taxonomy.districts.map(({ slug }) => slug).sort());
  });

  it('puts each tile on its own cell inside the grid', () => {
    const cells = Object.values(DISTRICT_TILES).map(({ column, row }) => `${column},${row}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const { column, row } of Object.values(DISTRICT_TILES)) {
      expect(column).toBeGreaterThanOrEqual(1);
      expect(column).toBeLessThanOrEqual(GRID.columns);
      expect(row).toBeGreaterThanOrEqual(1);
      expect(row).toBeLessThanOrEqual(GRID.rows);
    }
  });

  it('draws the map and its skeleton with as many columns as the tiles use', () => {
    const columns = Math.max(...Object.values(DISTRICT_TILES).map(({ column }) => column));
    for (const file of ['DistrictMap.tsx', 'DistrictsSkeleton.tsx'])
      expect(readFileSync(new URL(file, import.meta.url), 'utf8')).toContain(`grid-cols-${columns}`);
  });

  it('gives each tile a short name taken from its district name', () => {
    for (const { slug, name } of taxonomy.districts) {
      const short = DISTRICT_TILES[slug]?.short ?? '';
      expect(short.length).toBeGreaterThan(0);
      // 亦庄 is the common name of 北京经济技术开发区; every other short name is the start of the full one.
      if (slug !== 'yizhuang') expect(name.startsWith(short)).toBe(true);
    }
  });

  it('keeps north above south and west left of east where it matters', () => {
    const tile = (slug: string) => {
      const found = DISTRICT_TILES[slug];
      if (!found) throw new Error(`no tile for ${slug}`);
      return found;
    };
    expect(tile('yanqing').row).toBeLessThan(tile('fangshan').row);
    expect(tile('mentougou').column).toBeLessThan(tile('tongzhou').column);
    expect(tile('xicheng').column).toBeLessThan(tile('dongcheng').column);
  });

  it('shades by share of the largest count, leaving only empty districts blank', () => {
    expect(shadeLevel(0, 10)).toBe(0);
    expect(shadeLevel(1, 100)).toBe(1);
    expect(shadeLevel(50, 100)).toBe(2);
    expect(shadeLevel(100, 100)).toBe(4);
    expect(shadeLevel(3, 0)).toBe(0);
  });
});
