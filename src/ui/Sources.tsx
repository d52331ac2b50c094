import type { Source } from '../model/schema';

export function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <section data-testid="sources">
      <h3 className="font-bold">Sources</h3>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer" className="break-words underline">
              {s.title}
            </a>
            <span className="sr-only"> (opens in a new tab)</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Sources on one line, after the sentence they support (a moment, a threshold, an upgrade). */
export function SourceLine({ sources }: { sources: readonly Source[] }) {
  return (
    <p className="mt-1 text-sm">
      {sources.map((s, k) => (
        <span key={s.url}>
          {k > 0 && ' · '}
          <a href={s.url} target="_blank" rel="noopener noreferrer" className="underline">
            {s.title}
          </a>
        </span>
      ))}
    </p>
  );
}
