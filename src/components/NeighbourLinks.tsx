import { AppLink, type LinkState } from '../lib/app-link';

export interface Neighbour {
  label: string;
  text: string;
  to: string;
  /** What the link carries in history (an article's carry the list it was opened from). */
  state?: LinkState;
}

/** The way to the one before and the one after: articles, editions, 版面. */
export function NeighbourLinks({ name, previous, next }: { name: string; previous?: Neighbour; next?: Neighbour }) {
  if (!previous && !next) return null;
  // rel lets ← and → follow them (see features/shortcuts).
  const link = ({ label, text, to, state }: Neighbour, alignEnd = false) => (
    <AppLink
      to={to}
      state={state}
      rel={alignEnd ? 'next' : 'prev'}
      className={`block min-h-11 rounded-lg border border-line bg-surface p-4 hover:border-accent ${alignEnd ? 'sm:col-start-2 sm:text-right' : ''}`}
    >
      <span className="block text-sm text-muted">{label}</span>
      <span className="mt-1 block font-serif font-semibold">{text}</span>
    </AppLink>
  );
  return (
    <nav aria-label={name} className="mt-10 grid gap-3 border-t border-line pt-6 sm:grid-cols-2 print:hidden">
      {previous ? link(previous) : <span />}
      {next && link(next, true)}
    </nav>
  );
}
