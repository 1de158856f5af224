import { Link, Outlet } from 'react-router';
import { SITE_NAME } from '../lib/page-meta';
import { UpdateNotice } from './UpdateNotice';
import { useScrollRestoration } from './use-scroll-restoration';

export function Shell() {
  useScrollRestoration();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-accent px-4 py-3 font-semibold text-accent-ink focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        跳到正文
      </a>
      <header className="border-b-4 border-double border-accent bg-surface">
        <div className="mx-auto flex max-w-6xl items-baseline gap-3 px-4 py-3">
          <Link to="/" className="inline-flex min-h-11 items-center font-serif text-2xl font-bold text-accent">
            {SITE_NAME}
          </Link>
          <span className="hidden text-sm text-muted sm:inline">北京职工身边的工会新闻</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:py-8">
        <Outlet />
      </main>
      <footer className="border-t border-line py-6 text-center text-sm text-muted">
        <p>{SITE_NAME} · 内容来自报纸版面原文</p>
      </footer>
      <UpdateNotice />
    </div>
  );
}
