import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { wantsToStayInPlace } from '../lib/navigation-state';

let firstLocationKey: string | undefined;

/**
 * The page's h1. After an in-app navigation it takes focus, so screen reader and keyboard
 * users start on the new page rather than on the link they left behind.
 */
export function ScreenHeading({ children, className = '' }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();

  useEffect(() => {
    firstLocationKey ??= location.key;
    if (location.key === firstLocationKey || wantsToStayInPlace(location.state)) return;
    ref.current?.focus({ preventScroll: true });
  }, [location.key, location.state]);

  return (
    <h1 ref={ref} tabIndex={-1} className={`font-serif font-bold outline-none ${className}`}>
      {children}
    </h1>
  );
}
