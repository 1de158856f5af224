import type { ReactNode } from 'react';
import { highlightRuns } from '../../search/highlight';

/**
 * Text with every match in a <mark>; the text is only ever rendered as text. A function, not a
 * component: a page of results holds dozens of these, drawn again on every keystroke.
 */
export function highlighted(text: string, terms: readonly string[]): ReactNode[] {
  return highlightRuns(text, terms).map((run, index) =>
    run.match ? (
      <mark key={index} className="rounded-sm bg-mark px-0.5 text-ink">
        {run.text}
      </mark>
    ) : (
      run.text
    ),
  );
}
