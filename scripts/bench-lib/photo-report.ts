import type { BudgetMisses } from './budgets.ts';
import { markdownTable } from './markdown-table.ts';
import type { PhotoArchiveResult } from './photo-scale.ts';
import { type StepResult, wallOf } from './timed-step.ts';

const KB = 1024;
const MB = 1024 * 1024;

export interface PhotoBudgets {
  filesPerArticle: number;
  kbPerArticle: number;
  widestFolder: number;
  publishDayShare: number;
  /** How much longer a build with every photo in the cache may take than the text alone. */
  photoWarmExtraSeconds?: number | undefined;
}

const photosOf = (steps: readonly StepResult[]) => steps.find((step) => step.photos)?.photos;

/** Prints the photo archive's figures beside `textWall`, the same build of the text alone. */
export function reportPhotos(result: PhotoArchiveResult, textWall: number): void {
  const { articles, site, day } = result;
  console.log(`\n## ${articles} articles with photos\n`);
  const row = (name: string, steps: readonly StepResult[]) => {
    const photos = photosOf(steps);
    return [name, wallOf(steps).toFixed(1), String(photos?.photos ?? '-'), String(photos?.encoded ?? '-')];
  };
  console.log(
    markdownTable(
      ['build', 'wall s', 'photos', 'encoded'],
      [
        row('first build, all but the newest day', result.first),
        row(`publishing the newest day (${day.date}, ${day.photos} photo files)`, day.steps),
        row('all but the newest day again, only the photo cache kept', result.warm),
        ['the same, text only (above)', textWall.toFixed(1), '-', '-'],
      ],
    ),
  );
  // Where each build's time went, to set the photo step apart from what photos add to documents.
  for (const [name, steps] of [
    ['first build', result.first],
    ['the day', day.steps],
    ['photo cache only', result.warm],
  ] as const) {
    const detail = steps.find((step) => step.detail)?.detail;
    if (detail) console.log(`\n${name}: ${detail}`);
  }
  const per = (count: number, unit: number) => (count / unit / articles).toFixed(unit === 1 ? 3 : 1);
  console.log(
    `\nphotos: ${site.photos.files} files, ${(site.photos.bytes / MB).toFixed(1)} MB ` +
      `(${per(site.photos.files, 1)} files and ${per(site.photos.bytes, KB)} KB per article)`,
  );
  console.log(
    `pages and data: ${site.pages.files} files, ${(site.pages.bytes / MB).toFixed(1)} MB ` +
      `(${per(site.pages.files, 1)} files and ${per(site.pages.bytes, KB)} KB per article)`,
  );
  console.log(`widest folder, photos included: ${site.widestFolder.path} with ${site.widestFolder.entries} entries`);
  const pageChanges = day.pages.changed.length + day.pages.added.length + day.pages.removed.length;
  console.log(
    `the day's deploy: ${day.added} photo files added, ${day.stray.length} other photo changes; ` +
      `${pageChanges} page and data files (${((pageChanges / site.pages.files) * 100).toFixed(2)}%)`,
  );
}

export function photoMisses(
  found: BudgetMisses,
  result: PhotoArchiveResult,
  textWall: number,
  budgets: PhotoBudgets,
): void {
  const { articles, site, day } = result;
  const name = `${articles} articles with photos`;
  const files = site.pages.files / articles;
  found.atMost(files, budgets.filesPerArticle, `${name}: ${files.toFixed(2)} page files per article`);
  const kb = site.pages.bytes / KB / articles;
  found.atMost(kb, budgets.kbPerArticle, `${name}: ${kb.toFixed(1)} KB of pages per article`);
  const widest = site.widestFolder;
  found.atMost(widest.entries, budgets.widestFolder, `${name}: ${widest.path} holds ${widest.entries} entries`);
  const pageChanges = day.pages.changed.length + day.pages.added.length + day.pages.removed.length;
  const share = pageChanges / site.pages.files;
  found.atMost(share, budgets.publishDayShare, `${name}: a day changes ${(share * 100).toFixed(1)}% of the pages`);
  found.check(day.stray.length === 0, `${name}: a day changed photo files not its own: ${day.stray.slice(0, 3)}`);
  const encoded = photosOf(day.steps)?.encoded ?? -1;
  const dayPhotos = photosOf(day.steps)?.photos ?? 0;
  const before = photosOf(result.first)?.photos ?? 0;
  found.check(
    encoded === dayPhotos - before,
    `${name}: publishing a day encoded ${encoded} photos, not its ${dayPhotos - before}`,
  );
  const extra = wallOf(result.warm) - textWall;
  found.atMost(
    extra,
    budgets.photoWarmExtraSeconds,
    `${name}: with every photo cached the build took ${extra.toFixed(1)} s longer than the text alone`,
  );
}
