import { useEffect } from 'react';
import { useNavigationType } from 'react-router';

let openedArticle: string | undefined;

/** Called when the reader opens an article from a list. */
export function rememberOpenedArticle(id: string): void {
  openedArticle = id;
}

/**
 * Back on a list, keyboard and screen reader users land on the article they opened, where the
 * restored scroll position shows them, not at the top of the page.
 */
export function useReturnFocusToOpenedArticle(): void {
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType !== 'POP' || !openedArticle) return;
    const link = document.querySelector<HTMLAnchorElement>(`ol a[href$="/${openedArticle}/"]`);
    link?.focus({ preventScroll: true });
  }, [navigationType]);
}
