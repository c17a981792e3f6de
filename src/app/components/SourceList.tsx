/** A list of sources with publisher, title, date and link. Links open only when a person follows them. */
import type { SourceRef } from '../../../machines/types.ts';

/** Renders sources as a list; text only, never HTML. */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  if (sources.length === 0) return <p className="hint">No source recorded.</p>;
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.id}>
          {s.publisher}, “{s.title}”, <time dateTime={s.date}>{s.date}</time>
          {s.url && (
            <>
              {' '}
              (
              <a href={s.url} rel="noreferrer noopener" target="_blank">
                link<span className="visually-hidden"> to {s.title}, opens a new tab</span>
              </a>
              )
            </>
          )}
          {s.note && <span className="source-note"> {s.note}</span>}
        </li>
      ))}
    </ul>
  );
}
