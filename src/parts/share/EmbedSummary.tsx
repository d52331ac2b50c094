/**
 * The cut summary of an embed: one line under the diagram (what is cut, for how long, the counts),
 * and the selected component's state, with a link to the full summary in the explorer. A 600 × 400
 * frame keeps its room for the diagram.
 */
import type { GraphComponent } from '../../model/dataset';
import { describeDuration } from '../../model/duration';
import type { ComponentState } from '../../simulation/status';
import { countStatuses } from '../../simulation/summary';
import { StatusCounts } from '../../ui/StatusCounts';
import { statusLook } from '../../ui/statusLook';

interface Props {
  caption: string;
  cutting: boolean;
  /** Every component shown, and the cut edge sites: the line counts the cut sites' components by state. */
  components: readonly Pick<GraphComponent, 'id' | 'site'>[];
  cutSites: ReadonlySet<string>;
  states: ReadonlyMap<string, ComponentState>;
  t: number | null;
  selected: { component: Pick<GraphComponent, 'name'>; state: ComponentState } | null;
  /** The same view in the full explorer. */
  href: string;
}

export function EmbedSummary({ caption, cutting, components, cutSites, states, t, selected, href }: Props) {
  if (!cutting && !selected) return null;
  const look = selected ? statusLook[selected.state.state] : null;
  return (
    <div
      className="flex flex-wrap items-baseline gap-x-3 border-t-2 border-line bg-surface px-3 py-1 text-[13px] leading-snug"
      data-testid="embed-summary"
    >
      {cutting && (
        <p>
          <strong>{caption}</strong>
          {t ? ` · ${describeDuration(t)} in` : ''}:{' '}
          <StatusCounts
            counts={countStatuses(
              components.filter((c) => cutSites.has(c.site)),
              states,
            )}
            words={['work', 'degraded', 'stop']}
          />
        </p>
      )}
      {selected && look && (
        <p>
          <strong>{selected.component.name}</strong>: {look.icon} {look.word}
        </p>
      )}
      <a href={href} target="_blank" rel="noopener" className="ml-auto font-semibold underline">
        {selected ? 'Details' : 'Full summary'} ↗
      </a>
    </div>
  );
}
