import { useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../../lib/browser-storage';
import { DEFAULT_SETTINGS, SETTING_ATTRIBUTES, SETTINGS_RECORD, type ReadingSettings } from './settings-schema';
import { keepingPlace } from './keep-place';

let current: ReadingSettings | undefined;
const listeners = new Set<() => void>();

export const readingSettings = (): ReadingSettings => (current ??= readStored(SETTINGS_RECORD));

/** The same attributes the before-paint script sets, now from the record read through its schema. */
function applyToDocument(settings: ReadingSettings): void {
  const root = document.documentElement;
  for (const [field, { attribute }] of Object.entries(SETTING_ATTRIBUTES)) {
    root.setAttribute(attribute, String(settings[field as keyof typeof SETTING_ATTRIBUTES]));
  }
}

function show(settings: ReadingSettings): void {
  current = settings;
  // A bigger or smaller text reflows the page: the paragraph the reader was at stays in view.
  keepingPlace(() => applyToDocument(settings));
  for (const listener of listeners) listener();
}

/** Applies a change at once and keeps it (where the browser allows storage; otherwise for this visit). */
export function changeSettings(change: Partial<Omit<ReadingSettings, 'version'>>): void {
  const next = { ...readingSettings(), ...change };
  writeStored(SETTINGS_RECORD, next);
  show(next);
}

export const resetSettings = (): void => changeSettings(DEFAULT_SETTINGS);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // A change made in another tab applies here too.
  const followOtherTabs = (event: StorageEvent) => {
    if (event.key === SETTINGS_RECORD.key) show(readStored(SETTINGS_RECORD));
  };
  window.addEventListener('storage', followOtherTabs);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', followOtherTabs);
  };
}

export const useReadingSettings = (): ReadingSettings => useSyncExternalStore(subscribe, readingSettings, () => DEFAULT_SETTINGS);
