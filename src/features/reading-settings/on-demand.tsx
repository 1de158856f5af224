import { ClientOnly } from '../../lib/client-only';
import { onDemand } from '../../lib/on-demand';

/** The settings control and its dialog: they need the app, so they come after the page, in a chunk of their own. */
const settingsControl = onDemand(() => import('./SettingsButton'));

const LoadedSettingsButton = settingsControl.component((m) => m.SettingsButton);

/** Until the control is there, an empty box of its size keeps the header from moving. */
export function ReadingSettingsButton({ className = '' }: { className?: string }) {
  return (
    <ClientOnly fallback={<span aria-hidden="true" className={`inline-block h-11 w-11 sm:w-[6.5rem] ${className}`} />}>
      <LoadedSettingsButton className={className} />
    </ClientOnly>
  );
}
