import { useEffect } from 'react';
import { SettingsButton } from '../features/reading-settings/SettingsButton';
import { KeyboardShortcuts } from '../features/shortcuts/KeyboardShortcuts';
import { moveOfflineDocuments } from '../lib/move-offline-documents';

/**
 * In the header of every page: 阅读设置, and the keyboard shortcuts (← → ?), which need no button.
 * It comes with the first code after the page on every route, so it also moves documents kept
 * offline under the URLs of before to their new URLs, once per visit.
 */
export function HeaderTools() {
  useEffect(() => {
    if ('caches' in window && navigator.onLine) void moveOfflineDocuments().catch(() => undefined);
  }, []);
  return (
    <>
      <SettingsButton className="shrink-0" />
      <KeyboardShortcuts />
    </>
  );
}
