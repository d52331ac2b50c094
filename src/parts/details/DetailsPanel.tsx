import { useDeferredValue } from 'react';
import type { GraphArchitecture } from '../../model/dataset';
import type { Component } from '../../model/schema';
import { requirementTitles } from '../../dataset/access';
import { reqHref } from '../../url/hrefs';
import type { ComponentState } from '../../simulation/status';
import { DependencyList } from './DependencyList';
import { MomentList } from './MomentList';
import { SlowWanSection, UpgradeSection } from './ConditionSections';
import { StatusBadge } from '../../ui/StatusBadge';
import { Sources } from '../../ui/Sources';

interface Props {
  /** The graph is enough: sites, components' names and links (a fleet's is the one the canvas walks too). */
  architecture: Pick<GraphArchitecture, 'sites' | 'components' | 'links'>;
  component: Component;
  state: ComponentState;
  onClose: () => void;
}

function whyText(component: Component, state: ComponentState, siteName: string): string | null {
  if (state.state === 'connected') return null;
  switch (state.reason) {
    case 'site-cut':
      return `${siteName} is cut off from the central site. That leaves ${component.name} ${state.state}: see “When the edge site is cut off” below.`;
    case 'towards-cut':
      return `${component.name} runs at the central site, which is up, but it cannot reach the cut-off edge sites. Towards them it is ${state.state}: see below.`;
    case 'central-down':
      return `The central site has failed, and ${component.name} runs there.`;
    case 'slow-wan': {
      const threshold = component.latency?.thresholds?.[state.threshold];
      return `The WAN is slow: above ${threshold?.above.replace('ms', ' ms')} round trip ${threshold?.change ?? ''}`;
    }
    case 'upgrade':
      return `${siteName} is being upgraded${state.spare ? ', with spare capacity' : ''}: ${component.upgrade?.change ?? ''}`;
  }
}

export function DetailsPanel({ architecture, component, state, onClose }: Props) {
  const site = architecture.sites.find((s) => s.id === component.site);
  const why = whyText(component, state, site?.name ?? component.site);
  const d = component.disconnected;
  // The dependency walk reaches thousands of components in a fleet: it follows the panel's first
  // frame instead of delaying it.
  const detailed = useDeferredValue(true, false);
  return (
    <article aria-labelledby="details-title" className="flex flex-col gap-4" data-testid="details-panel">
      <header className="flex items-start gap-2">
        <div className="flex-1">
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">
            {component.layer.replace('-', ' ')} · {site?.kind === 'central' ? 'central site' : 'edge site'}
          </p>
          <h2 id="details-title" className="text-xl leading-tight font-bold">
            {component.name}
          </h2>
          <p className="text-muted">
            on <strong className="text-fg">{site?.name}</strong>
            {component.optional ? ' · optional component' : ''}
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md border-2 border-line px-2 py-1 font-semibold"
          aria-label="Close details (Esc)"
        >
          ✕
        </button>
      </header>

      {state.state !== 'connected' && (
        <section
          aria-label="Status under the current conditions"
          className="rounded-lg border-2 border-line bg-surface-2 p-3"
          data-testid="why-status"
        >
          <div className="flex items-center gap-2">
            <span className="font-semibold">Now:</span> <StatusBadge state={state.state} />
          </div>
          {why && <p className="mt-2">{why}</p>}
          {state.moment !== null && d.timeline?.[state.moment] && (
            <p className="mt-2" data-testid="moment-now">
              <strong>By now in the cut:</strong> {d.timeline[state.moment]!.change}
            </p>
          )}
          {d.acknowledged && (
            <p className="mt-2 text-sm text-muted">
              <strong>Note:</strong> {d.acknowledged}
            </p>
          )}
        </section>
      )}

      <section>
        <h3 className="font-bold">Role</h3>
        <p>{component.role}</p>
      </section>

      <section>
        <h3 className="flex flex-wrap items-center gap-2 font-bold">
          When {site?.kind === 'central' ? 'an edge site is' : 'the edge site is'} cut off{' '}
          <StatusBadge state={d.status} size="sm" />
        </h3>
        <p data-testid="impact">{d.impact}</p>
        {d.restartRisk && (
          <p className="mt-1" data-testid="restart-risk">
            <strong>If it restarts while cut off:</strong> {d.restartRisk}
          </p>
        )}
      </section>

      <MomentList component={component} current={state.state === 'connected' ? undefined : state.moment} />

      <section>
        <h3 className="font-bold">When the link returns</h3>
        <p data-testid="reconnect">{d.reconnect}</p>
      </section>

      <SlowWanSection component={component} state={state} />
      <UpgradeSection component={component} state={state} central={site?.kind === 'central'} />

      <section>
        <h3 className="font-bold">Requirements it serves</h3>
        <ul className="mt-1 flex flex-wrap gap-2">
          {component.requirements.map((id) => (
            <li key={id}>
              <a
                href={reqHref(id)}
                className="inline-block rounded-md border-2 border-line px-2 py-0.5 font-medium no-underline hover:border-accent"
              >
                {requirementTitles[id] ?? id}
              </a>
            </li>
          ))}
        </ul>
      </section>

      {detailed && <DependencyList architecture={architecture} componentId={component.id} />}

      <Sources sources={component.sources} />
    </article>
  );
}
