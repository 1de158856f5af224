// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readStored } from '../../lib/browser-storage';
import { DEFAULT_SETTINGS, SETTING_ATTRIBUTES, SETTINGS_RECORD, settingsSchema, TEXT_SIZES } from './settings-schema';

afterEach(() => localStorage.clear());

const store = (value: unknown) => localStorage.setItem(SETTINGS_RECORD.key, JSON.stringify(value));

describe('reading settings', () => {
  it('default to the site as it always looked', () => {
    expect(readStored(SETTINGS_RECORD)).toEqual(DEFAULT_SETTINGS);
    expect(TEXT_SIZES[DEFAULT_SETTINGS.textSize]).toBe('标准');
  });

  it('have a font size in the stylesheet for every text size but 标准, growing with each', () => {
    const css = readFileSync('src/app/styles.css', 'utf8');
    const percent = (index: number) => {
      const rule = new RegExp(`data-text-size="${index}"\\]\\s*\\{\\s*font-size:\\s*([\\d.]+)%`).exec(css);
      return index === DEFAULT_SETTINGS.textSize ? 100 : Number(rule?.[1]);
    };
    const sizes = TEXT_SIZES.map((_, index) => percent(index));
    expect(sizes.every(Number.isFinite)).toBe(true);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).toBe(sizes.length);
  });

  it('offer at least five text sizes', () => {
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(5);
  });

  it('read a stored choice back', () => {
    const chosen = { version: 1, textSize: 5, typeface: 'serif', theme: 'sepia', leading: 'relaxed' } as const;
    store(chosen);
    expect(readStored(SETTINGS_RECORD)).toEqual(chosen);
  });

  it('keep each readable field of a record that does not read as a whole', () => {
    store({ version: 1, textSize: 3, typeface: 'comic-sans', theme: 'dark', leading: 2 });
    expect(readStored(SETTINGS_RECORD)).toEqual({ ...DEFAULT_SETTINGS, textSize: 3, theme: 'dark' });
  });

  it('fall back to the defaults for values from elsewhere', () => {
    store(['dark']);
    expect(readStored(SETTINGS_RECORD)).toEqual(DEFAULT_SETTINGS);
  });

  it('give the before-paint script exactly the values the schema accepts', () => {
    for (const [field, { values }] of Object.entries(SETTING_ATTRIBUTES)) {
      const fieldSchema = settingsSchema().shape[field as keyof typeof SETTING_ATTRIBUTES];
      for (const value of values) expect(fieldSchema.safeParse(value).success).toBe(true);
      expect(fieldSchema.safeParse('other').success).toBe(false);
    }
  });
});
