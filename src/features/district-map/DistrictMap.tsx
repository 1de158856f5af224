import { AppLink } from '../../lib/app-link';
import { DISTRICT_TILES, shadeLevel } from './tile-layout';

export interface MapDistrict {
  slug: string;
  name: string;
  /** Undefined until the counts are there (they come after the page on most lists). */
  count: number | undefined;
  /** The district's list (keeping the page's theme filter). */
  href: string;
  selected: boolean;
}

// Whole class names, so Tailwind finds them in the source (inline styles would break the CSP).
const COLUMNS = ['col-start-1', 'col-start-2', 'col-start-3', 'col-start-4', 'col-start-5', 'col-start-6'];
const ROWS = ['row-start-1', 'row-start-2', 'row-start-3', 'row-start-4'];
const SHADES = [
  'border-dashed border-line bg-surface text-muted',
  'border-accent/30 bg-accent/10 text-ink',
  'border-accent/40 bg-accent/25 text-ink',
  'border-accent/60 bg-accent/45 text-ink',
  'border-accent bg-accent text-accent-ink',
];
/** A tile whose count is still to come: plain, not the dashed look of a district with none. */
const UNKNOWN_SHADE = 'border-line bg-surface text-ink';

/**
 * 区域地图: Beijing's districts as tiles placed roughly where each lies, shaded by how many
 * articles name it; the count is printed on each tile, so the map means the same without colour.
 */
export function DistrictMap({ districts, caption }: { districts: readonly MapDistrict[]; caption: string }) {
  const largest = Math.max(0, ...districts.map(({ count }) => count ?? 0));
  return (
    <div>
      {/* As many columns as tile-layout.ts uses (its test checks). */}
      <ul className="grid grid-cols-6 gap-1" aria-label={caption}>
        {districts.map((district) => {
          const tile = DISTRICT_TILES[district.slug];
          if (!tile) return null;
          return (
            <li key={district.slug} className={`${COLUMNS[tile.column - 1]} ${ROWS[tile.row - 1]} min-w-0`}>
              <AppLink
                to={district.href}
                aria-current={district.selected ? 'true' : undefined}
                className={`map-tile ${
                  district.count === undefined ? UNKNOWN_SHADE : SHADES[shadeLevel(district.count, largest)]
                } ${district.selected ? 'outline-3 outline-offset-1 outline-ink' : ''}`}
              >
                <span className="sr-only">
                  {district.name}
                  {district.count !== undefined && `，${district.count} 篇`}
                </span>
                <span aria-hidden="true" className="text-sm break-all">
                  {tile.short}
                </span>
                {/* A line even without its count, so the name stays put when the count arrives. */}
                <span aria-hidden="true" className="text-xs font-semibold tabular-nums">
                  {district.count ?? '\u00a0'}
                </span>
              </AppLink>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-muted">{caption}：颜色越深报道越多，数字为报道篇数。位置为示意。</p>
    </div>
  );
}
