/**
 * What a component does on a slow WAN and while its site is upgraded, with the sources, the threshold
 * or the upgrade in force marked. Where the data says nothing, the panel says so: no limit documented.
 */
import { describeDuration, parseDuration } from '../../model/duration';
import type { Component } from '../../model/schema';
import type { ComponentState } from '../../simulation/status';
import { StatusBadge } from '../../ui/StatusBadge';
import { SourceLine } from '../../ui/Sources';

export function SlowWanSection({ component, state }: { component: Component; state: ComponentState }) {
  const latency = component.latency;
  const current = state.state !== 'connected' && state.reason === 'slow-wan' ? state.threshold : null;
  return (
    <section aria-labelledby="slow-wan-title" data-testid="slow-wan">
      <h3 id="slow-wan-title" className="font-bold">
        On a slow WAN
      </h3>
      {!latency?.thresholds && (
        <p className="text-muted" data-testid="no-threshold">
          No round-trip limit documented: its state does not change with a slow WAN.
        </p>
      )}
      {latency?.thresholds && (
        <ol className="mt-1 flex flex-col gap-2">
          {latency.thresholds.map((t, i) => (
            <li
              key={t.above}
              className={`rounded-md border-2 p-2 ${i === current ? 'border-accent' : 'border-line'}`}
              aria-current={i === current ? 'step' : undefined}
              data-testid="threshold"
            >
              <p className="flex flex-wrap items-center gap-2 font-semibold">
                Above {t.above.replace('ms', ' ms')} round trip <StatusBadge state={t.status} size="sm" />
                {i === current && <span className="text-sm text-accent">now</span>}
              </p>
              <p>{t.change}</p>
              <SourceLine sources={t.sources} />
            </li>
          ))}
        </ol>
      )}
      {latency?.note && (
        <div className="mt-1">
          <p>{latency.note}</p>
          {latency.sources && <SourceLine sources={latency.sources} />}
        </div>
      )}
    </section>
  );
}

export function UpgradeSection({
  component,
  state,
  central,
}: {
  component: Component;
  state: ComponentState;
  central: boolean;
}) {
  const upgrade = component.upgrade;
  const now = state.state !== 'connected' && state.reason === 'upgrade';
  return (
    <section aria-labelledby="upgrade-title" data-testid="upgrade">
      <h3 id="upgrade-title" className="flex flex-wrap items-center gap-2 font-bold">
        While {central ? 'the central site' : 'its site'} is upgraded
        {upgrade && <StatusBadge state={upgrade.status} size="sm" />}
        {now && <span className="text-sm font-semibold text-accent">now</span>}
      </h3>
      {!upgrade && <p className="text-muted">Not documented: its state does not change with an upgrade.</p>}
      {upgrade && (
        <>
          <p>{upgrade.change}</p>
          {upgrade.withSpare && upgrade.withSpare !== upgrade.status && (
            <p className="mt-1 flex flex-wrap items-center gap-2">
              With spare capacity: <StatusBadge state={upgrade.withSpare} size="sm" />
            </p>
          )}
          <p className="mt-1 text-sm">
            {upgrade.lasts
              ? `Lasts about ${describeDuration(parseDuration(upgrade.lasts) ?? 0)}.`
              : 'How long it lasts: not documented.'}
          </p>
          <SourceLine sources={upgrade.sources} />
        </>
      )}
    </section>
  );
}
