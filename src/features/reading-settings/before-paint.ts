import { SETTING_ATTRIBUTES, SETTINGS_RECORD } from './settings-schema.ts';

type AttributeSpec = Array<[field: string, attribute: string, values: ReadonlyArray<string | number>]>;

/**
 * Runs as an inline script in the <head> of every page, before anything is painted: a reader who
 * chose 深色 never sees the light page first, also while the app's JavaScript is still loading.
 * It is serialized with toString(), so it uses nothing from outside its parameters, and it only
 * copies values it knows; the app reads the record properly (through its schema) later.
 */
export function applyStoredSettings(
  storage: () => Pick<Storage, 'getItem'>,
  root: Pick<Element, 'setAttribute'>,
  key: string,
  spec: AttributeSpec,
): void {
  try {
    const stored: unknown = JSON.parse(storage().getItem(key) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return;
    for (const [field, attribute, values] of spec) {
      const value: unknown = (stored as Record<string, unknown>)[field];
      if (values.includes(value as string | number)) root.setAttribute(attribute, String(value));
    }
  } catch {
    // Storage blocked (even reading `localStorage` can throw) or the record damaged: the page keeps its defaults.
  }
}

const attributeSpec = (): AttributeSpec =>
  Object.entries(SETTING_ATTRIBUTES).map(([field, { attribute, values }]) => [field, attribute, [...values]]);

/** The inline script's source: the function above, called with this site's record and attributes. */
export function beforePaintScript(): string {
  const args = [JSON.stringify(SETTINGS_RECORD.key), JSON.stringify(attributeSpec())].join(',');
  return `(${applyStoredSettings.toString()})(()=>localStorage,document.documentElement,${args})`;
}
