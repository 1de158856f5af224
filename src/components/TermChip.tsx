import { appLinkAttributes } from '../lib/app-link';

interface TermChipProps {
  to: string;
  children: string;
  /** Districts and themes look alike but should be told apart at a glance. */
  tone: 'district' | 'theme';
}

/** Districts and themes look alike but should be told apart at a glance, as links or as labels. */
export const chipTones = {
  district: 'border-accent/40 text-accent',
  theme: 'border-line text-muted',
};

/** A small link to a filtered list; its padding keeps a 44 px touch target around small text. */
export function TermChip({ to, children, tone }: TermChipProps) {
  return (
    <a
      {...appLinkAttributes(to)}
      className={`inline-flex min-h-11 items-center rounded-full border px-3 text-sm hover:bg-accent-soft ${chipTones[tone]}`}
    >
      {children}
    </a>
  );
}
