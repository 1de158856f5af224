import { highlightRuns } from '../../search/highlight';

/** Text with every match in a <mark>; the text is only ever rendered as text. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightRuns(text, terms).map((run, index) =>
        run.match ? (
          <mark key={index} className="rounded-sm bg-mark px-0.5 text-ink">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
