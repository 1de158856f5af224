import * as z from 'zod/mini';
import type { StoredRecord } from '../../lib/browser-storage';
import { once } from '../../lib/once';

/**
 * A reader's 阅读设置. The shape is stored in localStorage under a version; the script that applies
 * it before the first paint (before-paint.ts) reads the same names and values.
 */

/** The text sizes offered, smallest first; styles.css sets each one's root font size (标准 is the browser's own). */
export const TEXT_SIZES = ['小', '标准', '大', '较大', '特大', '超大'] as const;

export const TYPEFACES = { sans: '黑体', serif: '宋体' } as const;
export const THEMES = { system: '跟随系统', light: '浅色', sepia: '护眼', dark: '深色' } as const;
export const LEADINGS = { normal: '标准', relaxed: '宽松' } as const;

const keysOf = <T extends object>(labels: T) => Object.keys(labels) as Array<keyof T & string>;

/** Built on first use: a first visit, with nothing stored, never reads a record (see once.ts). */
export const settingsSchema = once(() =>
  z.object({
    version: z.literal(1),
    textSize: z.int().check(z.minimum(0), z.maximum(TEXT_SIZES.length - 1)),
    typeface: z.enum(keysOf(TYPEFACES)),
    theme: z.enum(keysOf(THEMES)),
    leading: z.enum(keysOf(LEADINGS)),
  }),
);

export type ReadingSettings = z.infer<ReturnType<typeof settingsSchema>>;

export const DEFAULT_SETTINGS: ReadingSettings = {
  version: 1,
  textSize: 1,
  typeface: 'sans',
  theme: 'system',
  leading: 'normal',
};

/** A record with one unreadable field (a value a newer app added, say) keeps every field that reads. */
function keepReadableFields(stored: Record<string, unknown>): ReadingSettings {
  const fields = settingsSchema().def.shape;
  const kept: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const name of Object.keys(fields)) {
    if (name !== 'version' && fields[name as keyof typeof fields].safeParse(stored[name]).success)
      kept[name] = stored[name];
  }
  return kept as ReadingSettings;
}

/** Version 1 is the first stored shape: a later one adds its step to `upgrades`. */
export const SETTINGS_RECORD: StoredRecord<ReadingSettings> = {
  key: 'cun.reading-settings',
  schema: settingsSchema,
  upgrades: {},
  salvage: keepReadableFields,
  fallback: () => DEFAULT_SETTINGS,
};

/** The `data-*` attribute on <html> for each setting, and the values it may take (see before-paint.ts). */
export const SETTING_ATTRIBUTES = {
  textSize: { attribute: 'data-text-size', values: TEXT_SIZES.map((_, index) => index) },
  typeface: { attribute: 'data-typeface', values: keysOf(TYPEFACES) },
  theme: { attribute: 'data-theme', values: keysOf(THEMES) },
  leading: { attribute: 'data-leading', values: keysOf(LEADINGS) },
} as const;
