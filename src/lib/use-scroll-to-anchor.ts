import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the URL's #anchor once the screen showing `content` is drawn: the content of an
 * in-app navigation arrives after the URL changes, so the browser's own jump finds nothing.
 */
export function useScrollToAnchor(content: unknown): void {
  const { hash } = useLocation();
  useLayoutEffect(() => {
    if (hash.length > 1) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash, content]);
}
