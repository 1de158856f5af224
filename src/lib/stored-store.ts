import { useSyncExternalStore } from 'react';
import { readStored, type StoredRecord, writeStored } from './browser-storage';

export interface StoredStore<T> {
  get(): T;
  /** Shows the new value at once and keeps it where the browser allows (otherwise for this visit). */
  set(next: T): void;
  /** The value in a component: the fallback while the server renders and while the page hydrates. */
  use(): T;
}

/**
 * A stored record as app state: read once (through its schema), shared by every component that
 * shows it, and followed when another tab of the site changes it.
 */
export function storedStore<T extends { version: number }>(
  record: StoredRecord<T>,
  onChange: (value: T) => void = () => undefined,
): StoredStore<T> {
  let current: T | undefined;
  const listeners = new Set<() => void>();
  const get = () => (current ??= readStored(record));
  const show = (value: T) => {
    current = value;
    onChange(value);
    for (const listener of listeners) listener();
  };
  const followOtherTabs = (event: StorageEvent) => {
    if (event.key === record.key) show(readStored(record));
  };
  const subscribe = (listener: () => void) => {
    if (listeners.size === 0) window.addEventListener('storage', followOtherTabs);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) window.removeEventListener('storage', followOtherTabs);
    };
  };
  const fallback = record.fallback();
  return {
    get,
    set(next) {
      writeStored(record, next);
      show(next);
    },
    use: () => useSyncExternalStore(subscribe, get, () => fallback),
  };
}
