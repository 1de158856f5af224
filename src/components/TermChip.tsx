import { appLinkAttributes } from '../lib/app-link';

interface TermChipProps {
  to: string;
  children: string;
  /** Districts and themes look alike but should be told apart at a glance. */
  tone: 'district' | 'theme';
}

/** Districts and themes look alike but should be told apart at a glance, as links or as labels. */
export const chipTones = { district: 'tone-district', theme: 'tone-theme' };

/** A small link to a filtered list; its padding keeps a 44 px touch target around small text (`chip`, styles.css). */
export function TermChip({ to, children, tone }: TermChipProps) {
  return (
    <a {...appLinkAttributes(to)} className={`chip ${chipTones[tone]}`}>
      {children}
    </a>
  );
}
