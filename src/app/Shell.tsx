import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { SearchBox } from '../features/search/SearchBox';
import { AppLink, useAppLinks } from '../lib/app-link';
import { useNoteNavigations } from '../lib/use-is-client';
import { SITE_NAME } from '../site/head';
import { editionsPath, savedPath } from '../site/paths';
import { HeaderToolsSlot } from './reader-tools.on-demand';
import { UpdateNotice } from './update-notice.on-demand';
import { useScrollRestoration } from './use-scroll-restoration';

const sectionLinkClass =
  'inline-flex min-h-11 items-center rounded-full px-2.5 text-sm whitespace-nowrap hover:text-accent sm:px-3 aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold aria-[current=page]:text-accent';

/** A section of the site in the header, marked as the current page while the reader is in it. */
function SectionLink({ to, end = false, children }: { to: string; end?: boolean; children: ReactNode }) {
  const { pathname } = useLocation();
  const inSection = pathname === to || (!end && pathname.startsWith(to));
  return (
    <AppLink to={to} aria-current={inSection ? 'page' : undefined} className={sectionLinkClass}>
      {children}
    </AppLink>
  );
}

/** The page around every screen: header, main (the screen, `children`) and footer. */
export function Shell({ children }: { children: ReactNode }) {
  useScrollRestoration();
  useAppLinks();
  useNoteNavigations();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-accent px-4 py-3 font-semibold text-accent-ink focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        跳到正文
      </a>
      <header className="border-b-4 border-double border-accent bg-surface print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 px-4 py-3">
          <AppLink
            to="/"
            className="inline-flex min-h-11 items-center font-serif text-[1.375rem] font-bold text-accent sm:text-2xl"
          >
            {SITE_NAME}
          </AppLink>
          <span className="hidden text-sm text-muted md:inline">北京职工身边的工会新闻</span>
          <nav aria-label="栏目" className="ml-auto">
            <ul className="flex flex-wrap gap-1">
              <li>
                <SectionLink to="/" end>
                  最新
                </SectionLink>
              </li>
              <li>
                <SectionLink to={editionsPath}>往期版面</SectionLink>
              </li>
              <li>
                <SectionLink to={savedPath}>收藏</SectionLink>
              </li>
            </ul>
          </nav>
          <div className="mt-2 flex w-full flex-wrap items-center gap-1 sm:mt-0 sm:w-auto">
            <SearchBox />
            <HeaderToolsSlot />
          </div>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:py-8 print:p-0"
      >
        {children}
      </main>
      <footer className="border-t border-line py-6 text-center text-sm text-muted print:hidden">
        <p>{SITE_NAME} · 内容来自报纸版面原文</p>
      </footer>
      <UpdateNotice />
    </div>
  );
}
