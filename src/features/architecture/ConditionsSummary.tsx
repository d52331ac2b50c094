/**
 * What a slow WAN and an upgrade do to the architecture, beside the cut summary: per condition, the
 * architecture's own words (why it is or is not latency-sensitive; how a site is upgraded), then the
 * components whose state it changes, in the data's words, with the sources.
 */
import type { Architecture, Source, Status } from '../../model/schema';
import { describeConditions } from '../../simulation/scenario';
import type { ComponentState, Conditions } from '../../simulation/status';
import { ComponentLink } from '../../ui/ComponentLink';
import { StatusBadge } from '../../ui/StatusBadge';
import { SourceLine } from '../../ui/Sources';

interface Props {
  architecture: Pick<Architecture, 'sites' | 'components' | 'latency' | 'upgrade'>;
  conditions: Conditions;
  states: ReadonlyMap<string, ComponentState>;
  /** Some edge site is also cut: an upgrade interrupted by a cut has a story of its own. */
  cutting: boolean;
}

interface Changed {
  id: string;
  name: string;
  state: Status;
  text: string;
}

function changedBy(
  architecture: Props['architecture'],
  states: Props['states'],
  reason: 'slow-wan' | 'upgrade',
): Changed[] {
  return architecture.components.flatMap((c) => {
    const s = states.get(c.id);
    if (!s || s.state === 'connected' || s.reason !== reason) return [];
    const text =
      s.reason === 'slow-wan'
        ? `Above ${c.latency!.thresholds![s.threshold]!.above.replace('ms', ' ms')}: ${c.latency!.thresholds![s.threshold]!.change}`
        : c.upgrade!.change;
    return [{ id: c.id, name: c.name, state: s.state, text }];
  });
}

function ChangedList({ items, testId }: { items: readonly Changed[]; testId: string }) {
  return (
    <ul className="mt-2 flex flex-col gap-1" data-testid={testId}>
      {items.map((c) => (
        <li key={c.id}>
          <span className="mr-1 inline-block align-middle">
            <StatusBadge state={c.state} size="sm" />
          </span>
          <ComponentLink id={c.id} name={c.name} />: {c.text}
        </li>
      ))}
    </ul>
  );
}

function Said({ text, sources }: { text: string; sources: readonly Source[] }) {
  return (
    <>
      <p>{text}</p>
      <SourceLine sources={sources} />
    </>
  );
}

export function ConditionsSummary({ architecture, conditions, states, cutting }: Props) {
  const { rtt, upgrade } = conditions;
  if (rtt === 0 && !upgrade) return null;
  const slowed = changedBy(architecture, states, 'slow-wan');
  const upgraded = changedBy(architecture, states, 'upgrade');
  const plan = architecture.upgrade;
  return (
    <section aria-labelledby="conditions-title" className="flex flex-col gap-3" data-testid="conditions-summary">
      <h2 id="conditions-title" className="sr-only">
        {describeConditions(architecture, conditions)}
      </h2>
      {rtt > 0 && (
        <section className="rounded-lg border-2 border-line p-3" data-testid="slow-wan-summary">
          <h3 className="text-lg font-bold">A slow WAN: {rtt} ms round trip</h3>
          <p className="text-sm" data-testid="slow-wan-count">
            {slowed.length === 0
              ? 'No component’s state changes at this round-trip time.'
              : `${slowed.length} component${slowed.length === 1 ? '' : 's'} change${slowed.length === 1 ? 's' : ''} state.`}
          </p>
          {slowed.length > 0 && <ChangedList items={slowed} testId="slow-wan-changes" />}
          {architecture.latency && (
            <div className="mt-2 text-sm">
              <Said text={architecture.latency.summary} sources={architecture.latency.sources} />
            </div>
          )}
        </section>
      )}
      {upgrade && (
        <section className="rounded-lg border-2 border-line p-3" data-testid="upgrade-summary">
          <h3 className="text-lg font-bold">
            Upgrading{' '}
            {upgrade.central ? 'the central site' : architecture.sites.find((s) => s.id === upgrade.site)?.name}
            {upgrade.spare ? ', with spare capacity' : ', in place'}
          </h3>
          {!plan && <p className="text-muted">How this architecture is upgraded is not documented here.</p>}
          {plan && (
            <div className="text-sm">
              <Said text={upgrade.central ? plan.central : plan.edge} sources={plan.sources} />
              {plan.spare && (
                <p className="mt-1">
                  <strong>Spare capacity:</strong> {plan.spare}
                </p>
              )}
              {cutting && (
                <p className="mt-1" data-testid="upgrade-interrupted">
                  <strong>If a cut interrupts the upgrade:</strong> {plan.interrupted}
                </p>
              )}
            </div>
          )}
          <p className="mt-2 text-sm" data-testid="upgrade-count">
            {upgraded.length === 0
              ? 'No component’s state changes while it is upgraded.'
              : `${upgraded.length} component${upgraded.length === 1 ? '' : 's'} affected meanwhile:`}
          </p>
          {upgraded.length > 0 && <ChangedList items={upgraded} testId="upgrade-changes" />}
        </section>
      )}
    </section>
  );
}
