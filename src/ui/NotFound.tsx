import { architectureIndex, requirementTitles } from '../dataset/access';
import { archHref, reqHref } from '../url/hrefs';

/**
 * What a link named does not exist: say so, and list what does of the same kind (architectures, or
 * for a requirement link the ECG requirements), so the next click is a real page.
 */
export function NotFound({ what, kind = 'architecture' }: { what: string; kind?: 'architecture' | 'requirement' }) {
  const items =
    kind === 'requirement'
      ? Object.entries(requirementTitles).map(([id, title]) => ({ id, name: title, href: reqHref(id) }))
      : architectureIndex.map((a) => ({ id: a.id, name: a.name, href: archHref(a.id) }));
  return (
    <section className="mx-auto max-w-3xl p-6 md:p-10" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="text-2xl font-bold">
        {what} was not found
      </h1>
      <p className="mt-2 text-muted">
        The link may be old or mistyped.{' '}
        {kind === 'requirement'
          ? 'These are the ECG requirements the explorer has:'
          : 'These are the architectures the explorer has:'}
      </p>
      <ul className="mt-4 flex flex-col gap-2" data-testid="not-found-list">
        {items.map((item) => (
          <li key={item.id}>
            <a className="font-semibold underline" href={item.href}>
              {item.name}
            </a>
          </li>
        ))}
      </ul>
      {kind === 'requirement' && (
        <p className="mt-4">
          <a className="underline" href="#/matrix">
            All requirements × architectures
          </a>
        </p>
      )}
    </section>
  );
}
