import { useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { wantsToStayInPlace } from '../lib/navigation-state';

const STORAGE_KEY = 'scroll-positions';
let positions: Record<string, number> | undefined;

/**
 * The positions stored in sessionStorage, keeping only what is one (a history entry's scrollY):
 * anything else there, from another version or another script, is left out, not trusted.
 */
export function readScrollPositions(stored: string | null): Record<string, number> {
  const read: Record<string, number> = {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? '{}');
  } catch {
    return read;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return read;
  for (const [entry, scrollY] of Object.entries(parsed)) {
    if (typeof scrollY === 'number' && Number.isFinite(scrollY) && scrollY >= 0) read[entry] = scrollY;
  }
  return read;
}

/** Scroll positions by history entry; kept in sessionStorage so they survive a reload. */
function savedPositions(): Record<string, number> {
  positions ??= readScrollPositions(sessionStorage.getItem(STORAGE_KEY));
  return positions;
}

const persist = () => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(savedPositions()));

/** The page as loaded has not been navigated yet: a reader may already have scrolled it. */
let firstPage = true;

/**
 * Back and forward return to where the reader was on that page; a new page starts at the top,
 * unless it only changed the list in place (a facet) or names an anchor.
 */
export function useScrollRestoration(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  // Every page loaded from the address bar has the key "default"; the path tells those apart.
  const entry = `${location.key}:${location.pathname}${location.search}`;

  // Layout effects: the listener is swapped within the commit, before the new page can scroll.
  useLayoutEffect(() => {
    window.history.scrollRestoration = 'manual';
    const record = () => {
      savedPositions()[entry] = window.scrollY;
    };
    window.addEventListener('scroll', record, { passive: true });
    window.addEventListener('pagehide', persist);
    return () => {
      window.removeEventListener('scroll', record);
      window.removeEventListener('pagehide', persist);
    };
  }, [entry]);

  useLayoutEffect(() => {
    const saved = savedPositions()[entry];
    if (navigationType === 'POP' && saved !== undefined) window.scrollTo(0, saved);
    // A first load stays wherever the reader scrolled while it hydrated; any other new page starts
    // at the top, or at its #anchor, where the screen scrolls (useScrollToAnchor).
    else if (!firstPage && !wantsToStayInPlace(location.state) && !location.hash) window.scrollTo(0, 0);
    firstPage = false;
  }, [entry, location.hash, location.state, navigationType]);
}
