import { ContentError } from './content-error.ts';
import { lineOfKey, parseJsonFile } from './json-file.ts';
import { type Article, type Overrides, overridesSchema, type Taxonomy } from './schema.ts';

/** overrides.json with its text kept, so a problem can be reported on the line of its entry. */
export interface OverridesFile {
  file: string;
  text: string;
  overrides: Overrides;
}

export function parseOverrides(text: string, file: string): OverridesFile {
  return { file, text, overrides: parseJsonFile(text, file, overridesSchema) };
}

function checkSlugs(kind: string, slugs: readonly string[] | undefined, known: readonly string[]): string | undefined {
  const unknown = slugs?.find((slug) => !known.includes(slug));
  return unknown === undefined ? undefined : `unknown ${kind} "${unknown}"`;
}

/** Replaces classified districts/themes with the editor's choice; every entry must name a real article. */
export function applyOverrides(articles: readonly Article[], source: OverridesFile, taxonomy: Taxonomy): Article[] {
  const districtSlugs = taxonomy.districts.map((district) => district.slug);
  const themeSlugs = taxonomy.themes.map((theme) => theme.slug);
  const articleIds = new Set(articles.map((article) => article.id));
  for (const [id, override] of Object.entries(source.overrides)) {
    const problem =
      (articleIds.has(id) ? undefined : `unknown article id "${id}"`) ??
      checkSlugs('district', override.districts, districtSlugs) ??
      checkSlugs('theme', override.themes, themeSlugs);
    if (problem) throw new ContentError(source.file, lineOfKey(source.text, id), problem);
  }
  return articles.map((article) => {
    const override = source.overrides[article.id];
    if (!override) return article;
    return {
      ...article,
      districts: override.districts ?? article.districts,
      themes: override.themes ?? article.themes,
    };
  });
}
