import type { MouseEventHandler, ReactNode } from 'react';
import { AppLink } from '../lib/app-link';

interface BackLinkProps {
  to: string;
  children: ReactNode;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
}

/** ← and where it leads, above a screen's heading: back to the list, the edition, the calendar. */
export function BackLink({ to, children, onClick }: BackLinkProps) {
  return (
    <AppLink
      to={to}
      onClick={onClick}
      className="-ml-2 inline-flex min-h-11 items-center rounded px-2 text-accent hover:underline print:hidden"
    >
      <span aria-hidden="true">←&nbsp;</span>
      {children}
    </AppLink>
  );
}
