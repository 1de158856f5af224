import { ContentError } from './content-error.ts';
import { parseJsonFile } from './json-file.ts';
import { type Taxonomy, taxonomySchema } from './schema.ts';

function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}

/** taxonomy.json, checked beyond its shape: unique slugs and a fallback theme that exists. */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  const taxonomy = parseJsonFile(text, file, taxonomySchema);
  const duplicateDistrict = firstDuplicate(taxonomy.districts.map((district) => district.slug));
  if (duplicateDistrict) throw new ContentError(file, 1, `districts: slug "${duplicateDistrict}" is used twice`);
  const duplicateTheme = firstDuplicate(taxonomy.themes.map((theme) => theme.slug));
  if (duplicateTheme) throw new ContentError(file, 1, `themes: slug "${duplicateTheme}" is used twice`);
  if (!taxonomy.themes.some((theme) => theme.slug === taxonomy.fallbackTheme)) {
    throw new ContentError(file, 1, `fallbackTheme: unknown theme "${taxonomy.fallbackTheme}"`);
  }
  return taxonomy;
}
