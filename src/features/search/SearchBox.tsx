import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import { Button } from '../../components/Button';
import { isShortcut } from '../../lib/keyboard';
import { stayInPlaceState } from '../../lib/navigation-state';
import { searchPath } from '../../site/paths';
import { siteUrl } from '../../site/site-url';
import { searchScreens } from './search-screens.on-demand';
import { searchHref } from './search-url';

const fromSearchBoxState = { ...stayInPlaceState, fromSearchBox: true } as const;
const isFromSearchBox = (state: unknown) => typeof state === 'object' && state !== null && 'fromSearchBox' in state;
const isResultsPath = (pathname: string) => pathname.endsWith(searchPath) || pathname.endsWith(searchPath.slice(0, -1));

/**
 * The search box in the header of every page. Without JavaScript it is a plain form that opens
 * `/search/?q=…`; with it, results follow the typing. "/" focuses it from anywhere on the page.
 */
export function SearchBox() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const params = new URLSearchParams(location.search);
  const onResults = isResultsPath(location.pathname);
  const urlQuery = onResults ? (params.get('q') ?? '') : '';
  // Empty as the prerendered box is (hydration must meet it); the effects below fill it in.
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);

  // Back, forward and links change the query in the URL: the box follows. Its own navigations it
  // leaves alone: while one commits, the reader may already have typed the next character.
  const followUrl = useEffectEvent(() => {
    if (navigationType === 'POP' || !isFromSearchBox(location.state)) setText(urlQuery);
  });
  // Once per history entry: the key changes exactly when the entry does.
  useEffect(() => followUrl(), [location.key]);

  // The box is part of the prerendered page, so a reader may type before the app runs (a slow phone,
  // a fast typist): keep what they typed, and show its results.
  const adoptTypedText = useEffectEvent(() => {
    const typed = input.current?.value ?? '';
    if (typed === '' || typed === urlQuery) return;
    setText(typed);
    show(typed);
  });
  useEffect(() => adoptTypedText(), []);

  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      if (event.key !== '/' || !isShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', focusOnSlash);
    return () => document.removeEventListener('keydown', focusOnSlash);
  }, []);

  const show = (q: string) => {
    // The address bar, not the last render: a keystroke may come before the previous one's page.
    const current = new URL(window.location.href);
    const stillHere = isResultsPath(current.pathname);
    const filters = stillHere
      ? {
          district: current.searchParams.get('district') ?? undefined,
          theme: current.searchParams.get('theme') ?? undefined,
        }
      : {};
    // Typing refines one search: one history entry for it, not one a keystroke.
    void navigate(searchHref({ q, ...filters }), { replace: stillHere, state: fromSearchBoxState });
  };

  return (
    <form
      role="search"
      action={siteUrl(searchPath)}
      method="get"
      className="flex min-w-0 flex-1 basis-48 items-center gap-2 sm:flex-none sm:basis-auto"
      onSubmit={(event) => {
        event.preventDefault();
        show(text);
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        搜索报道
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        enterKeyHint="search"
        placeholder="搜索报道（按 / 键）"
        value={text}
        // The first focus brings the results page's code and opens the index, so the first keystroke finds it ready.
        onFocus={() =>
          void searchScreens.preload().then(({ searchEngineQuery }) => queryClient.prefetchQuery(searchEngineQuery))
        }
        onChange={(event) => {
          setText(event.target.value);
          show(event.target.value);
        }}
        className="min-h-11 w-full min-w-0 rounded-full border border-line bg-paper px-4 text-base placeholder:text-muted focus:border-accent sm:w-56"
      />
      <Button type="submit">搜索</Button>
    </form>
  );
}
