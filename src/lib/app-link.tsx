import { type AnchorHTMLAttributes, type Ref, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { routeOfUrlPath, siteUrl } from '../site/site-url';
import { type FromList, readFromList, stayInPlaceState } from './navigation-state';

const APP_LINK = 'data-app-link';
const LINK_STATE = 'data-link-state';

/**
 * What a link carries in history: nothing, "stay in place" (facets, pages of a list), the list it
 * was opened from (a list's cards), or the list the page it leaves was opened from, one step
 * further away (an article's 上一篇 and 下一篇).
 */
export type LinkState = 'stay-in-place' | 'from-list' | 'along-list';

/** Where the reader is when a link is followed: its address in the app, and its history state. */
interface Here {
  href: string;
  state: unknown;
}

function historyState(kind: string | null, here: Here): unknown {
  if (kind === 'stay-in-place') return stayInPlaceState;
  if (kind === 'from-list') return { listHref: here.href, stepsFromList: 1 } satisfies FromList;
  const fromList = kind === 'along-list' ? readFromList(here.state) : undefined;
  // One more step away from the list, so "back to the list" still lands on it.
  return fromList && { ...fromList, stepsFromList: fromList.stepsFromList + 1 };
}

interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A path in the app, from its root (`/articles/x/`). */
  to: string;
  state?: LinkState;
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * A link inside the app that costs what an `<a>` costs. Where a screen shows a hundred links
 * (cards, chips, facets, the map, results), react-router's Link runs a dozen hooks and effects for
 * each, on hydration and on every navigation; these run none, and one listener (useAppLinks, in
 * the shell) follows them all.
 */
export function AppLink({ to, state, ...anchor }: AppLinkProps) {
  return <a {...anchor} {...appLinkAttributes(to, state)} />;
}

/** What makes an `<a>` an AppLink, for lists drawn on every keystroke that cannot spare even a component per link. */
export function appLinkAttributes(to: string, state?: LinkState) {
  return { href: siteUrl(to), [APP_LINK]: '', [LINK_STATE]: state };
}

/** The app's path of a link on this site (under its base), or undefined for anywhere else. */
function appPath(link: HTMLAnchorElement): string | undefined {
  const url = new URL(link.href);
  const route = url.origin === window.location.origin ? routeOfUrlPath(url.pathname) : undefined;
  return route && `${route}${url.search}${url.hash}`;
}

const isPlainClick = (event: MouseEvent) =>
  !event.defaultPrevented && event.button === 0 && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);

/** Follows every AppLink in the page as react-router's Link would: in the app, and a link to where the reader is replaces it. */
export function useAppLinks(): void {
  const navigate = useNavigate();
  const { pathname, search, state } = useLocation();
  const here = useRef<Here>({ href: '', state: undefined });
  useEffect(() => {
    here.current = { href: `${pathname}${search}`, state };
  }, [pathname, search, state]);
  useEffect(() => {
    const follow = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest(`a[${APP_LINK}]`) : null;
      if (
        !isPlainClick(event) ||
        !(link instanceof HTMLAnchorElement) ||
        (link.target && link.target !== '_self') ||
        link.hasAttribute('download')
      )
        return;
      const to = appPath(link);
      if (to === undefined) return;
      event.preventDefault();
      void navigate(to, {
        replace: to === here.current.href,
        state: historyState(link.getAttribute(LINK_STATE), here.current),
      });
    };
    document.addEventListener('click', follow);
    return () => document.removeEventListener('click', follow);
  }, [navigate]);
}
