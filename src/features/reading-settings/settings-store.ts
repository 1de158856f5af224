import { storedStore } from '../../lib/stored-store';
import { keepingPlace } from './keep-place';
import { DEFAULT_SETTINGS, type ReadingSettings, SETTING_ATTRIBUTES, SETTINGS_RECORD } from './settings-schema';

/** The same attributes the before-paint script sets, now from the record read through its schema. */
function applyToDocument(settings: ReadingSettings): void {
  const root = document.documentElement;
  for (const [field, { attribute }] of Object.entries(SETTING_ATTRIBUTES)) {
    root.setAttribute(attribute, String(settings[field as keyof typeof SETTING_ATTRIBUTES]));
  }
}

// A bigger or smaller text reflows the page: the paragraph the reader was at stays in view.
const settings = storedStore(SETTINGS_RECORD, (value) => keepingPlace(() => applyToDocument(value)));

export const useReadingSettings = settings.use;

export function changeSettings(change: Partial<Omit<ReadingSettings, 'version'>>): void {
  settings.set({ ...settings.get(), ...change });
}

export const resetSettings = (): void => changeSettings(DEFAULT_SETTINGS);
