import { SettingsButton } from '../features/reading-settings/SettingsButton';
import { KeyboardShortcuts } from '../features/shortcuts/KeyboardShortcuts';

/** In the header of every page: 阅读设置, and the keyboard shortcuts (← → ?), which need no button. */
export function HeaderTools() {
  return (
    <>
      <SettingsButton className="shrink-0" />
      <KeyboardShortcuts />
    </>
  );
}
