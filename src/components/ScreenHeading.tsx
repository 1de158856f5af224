import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { wantsToStayInPlace } from '../lib/navigation-state';

let firstLocationKey: string | undefined;
/** The page (path and query) whose heading last had its say: a history entry of the same page, such as an open photo, is not a new page. */
let headedPage: string | undefined;

/**
 * The page's h1. After an in-app navigation it takes focus, so screen reader and keyboard
 * users start on the new page rather than on the link they left behind.
 */
export function ScreenHeading({ children, className = '' }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const page = `${location.pathname}${location.search}`;

  useEffect(() => {
    firstLocationKey ??= location.key;
    const samePage = headedPage === page;
    headedPage = page;
    if (location.key === firstLocationKey || wantsToStayInPlace(location.state) || samePage) return;
    ref.current?.focus({ preventScroll: true });
  }, [location.key, location.state, page]);

  return (
    <h1 ref={ref} tabIndex={-1} className={`font-serif font-bold outline-none ${className}`}>
      {children}
    </h1>
  );
}
