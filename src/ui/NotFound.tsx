import { architectureIndex } from '../dataset/access';
import { archHref } from '../url/hrefs';

export function NotFound({ what }: { what: string }) {
  return (
    <section className="mx-auto max-w-3xl p-6 md:p-10" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="text-2xl font-bold">
        {what} was not found
      </h1>
      <p className="mt-2 text-muted">The link may be old or mistyped. These are the architectures the explorer has:</p>
      <ul className="mt-4 flex flex-col gap-2">
        {architectureIndex.map((a) => (
          <li key={a.id}>
            <a className="font-semibold underline" href={archHref(a.id)}>
              {a.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
