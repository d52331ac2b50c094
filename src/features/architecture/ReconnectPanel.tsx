import type { Architecture } from '../../model/schema';
import type { Restored } from '../../simulation/cut';
import { reconnectStory } from '../../simulation/timeline';
import { describeDuration } from '../../model/duration';
import { ComponentLink } from '../../ui/ComponentLink';

/** After a link comes back: what each component resynchronises by itself and what needs an operator. */
export function ReconnectPanel({
  architecture,
  restored,
  onDone,
}: {
  architecture: Pick<Architecture, 'sites' | 'components'>;
  restored: Restored;
  onDone: () => void;
}) {
  const central = architecture.sites.find((s) => s.kind === 'central')!;
  const back = architecture.sites.filter((s) => restored.sites.includes(s.id));
  // A fleet's sites are copies of one template: one of them tells the story for all.
  const groups = [
    ...back.slice(0, back.length > 3 ? 1 : 3),
    // The central side of the story: what it catches up on about the sites that came back.
    central,
  ];
  const names = back.length > 3 ? [`${back.length} edge sites`] : back.map((s) => s.name);
  return (
    <section aria-labelledby="reconnect-title" className="flex flex-col gap-4" data-testid="reconnect-panel">
      <header className="flex flex-col items-start gap-2">
        <h2 id="reconnect-title" className="text-xl font-bold">
          ⟲ {restored.central ? 'Central site back' : `Link restored: ${names.join(', ')}`}
          {restored.lasted > 0 && ` after ${describeDuration(restored.lasted)}`}
        </h2>
        <p className="text-muted">
          What happens now that the link is back, component by component: what resynchronises by itself and what an
          operator must do.
        </p>
        <button
          type="button"
          onClick={onDone}
          className="rounded-md border-2 border-ok px-2.5 py-0.5 font-semibold text-ok"
        >
          ✕ Close the story
        </button>
      </header>
      {groups.map((site) => (
        <section
          key={site.id}
          aria-label={site.name}
          className="rounded-lg border-2 border-line p-3"
          data-testid="reconnect-site"
          data-site={site.id}
        >
          <h3 className="text-lg font-bold">{site.name}</h3>
          <ul className="mt-1 flex flex-col gap-2">
            {architecture.components
              .filter((c) => c.site === site.id)
              .map((c) => (
                <li key={c.id}>
                  <ComponentLink id={c.id} name={c.name} />:{' '}
                  <span data-testid="reconnect-text">{reconnectStory(c, restored.lasted)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
