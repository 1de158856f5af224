import { describe, expect, it } from 'vitest';
import { applyStoredSettings, beforePaintScript } from './before-paint';
import { SETTING_ATTRIBUTES, SETTINGS_RECORD } from './settings-schema';

const spec = Object.entries(SETTING_ATTRIBUTES).map(
  ([field, { attribute, values }]) => [field, attribute, [...values]] as [string, string, Array<string | number>],
);

function applied(stored: string | null | (() => never)): Record<string, string> {
  const attributes: Record<string, string> = {};
  const storage = () => (typeof stored === 'function' ? stored() : { getItem: () => stored });
  applyStoredSettings(
    storage,
    {
      setAttribute: (name, value) => {
        attributes[name] = value;
      },
    },
    SETTINGS_RECORD.key,
    spec,
  );
  return attributes;
}

describe('applyStoredSettings (the script that runs before the first paint)', () => {
  it('copies every known value to its attribute', () => {
    const stored = JSON.stringify({ version: 1, textSize: 4, typeface: 'serif', theme: 'dark', leading: 'relaxed' });
    expect(applied(stored)).toEqual({
      'data-text-size': '4',
      'data-typeface': 'serif',
      'data-theme': 'dark',
      'data-leading': 'relaxed',
    });
  });

  it('skips values it does not know and keeps the others', () => {
    const stored = JSON.stringify({ textSize: 99, typeface: '<script>', theme: 'sepia', leading: ['relaxed'] });
    expect(applied(stored)).toEqual({ 'data-theme': 'sepia' });
  });

  it('leaves the page alone for no record, garbage, or storage that throws', () => {
    expect(applied(null)).toEqual({});
    expect(applied('{not json')).toEqual({});
    expect(applied('"dark"')).toEqual({});
    expect(
      applied(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toEqual({});
  });

  it('serializes into a script that runs on its own', () => {
    const attributes: Record<string, string> = {};
    const documentElement = {
      setAttribute: (name: string, value: string) => {
        attributes[name] = value;
      },
    };
    const localStorage = { getItem: () => JSON.stringify({ theme: 'dark' }) };
    // The script refers to nothing but the two browser globals it is given here.
    new Function('localStorage', 'document', beforePaintScript())(localStorage, { documentElement });
    expect(attributes).toEqual({ 'data-theme': 'dark' });
  });
});
