/**
 * One slide of a deck, drawn from its link: a diagram under its conditions (the selection brought
 * forward), a tour step framed on its components, the board, or a comparison's capability table.
 * Read-only: the slide's own link opens the full view.
 */
import { useMemo } from 'react';
import { useAllBundles, useBundle, useCapabilities, useGraph } from '../../dataset/access';
import type { Scenario } from '../../simulation/scenario';
import { defaultComparePair } from '../../dataset/access';
import { parseHash, type Choices } from '../../url/codec';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { useSimulation } from '../canvas/useSimulation';
import { CapabilityTable } from '../capabilities/CapabilityTable';
import { catalogueOf } from '../capabilities/catalogue';
import { BoardOverTime } from '../board/BoardOverTime';
import { stepConditions } from '../../simulation/cut';

const scenarioOf = (c: Choices): Scenario => ({ cut: c.cut, t: c.t, rtt: c.rtt, upgrade: c.upgrade, spare: c.spare });

const framing = { padding: 24, zoom: { min: 0.6, max: 1.4 } };

function DiagramSlide({ id, scenario, node }: { id: string; scenario: Scenario; node: string | null }) {
  const bundle = useGraph(id);
  const { resolution, flow, emphasis, focusing } = useSimulation(bundle, scenario, { selected: node });
  return (
    <GraphCanvas
      label={`${bundle.architecture.name}, as the slide shows it`}
      nodes={flow.nodes}
      edges={flow.edges}
      focusing={focusing}
      focusLinks={emphasis.focusLinks}
      labelFor={node}
      view={null}
      centralDown={resolution.centralDown}
      minimap={false}
      controls={false}
    />
  );
}

function StepSlide({ id, step }: { id: string; step: number }) {
  const bundle = useBundle(id);
  const tourStep = bundle.architecture.tour?.[step - 1];
  const scenario = useMemo(() => stepConditions(tourStep), [tourStep]);
  const { resolution, flow, emphasis, focusing } = useSimulation(bundle, scenario, { focus: tourStep?.focus ?? null });
  return (
    <div className="flex h-full flex-col">
      <div className="relative min-h-0 flex-1">
        <GraphCanvas
          label={`${bundle.architecture.name}, tour step ${step}`}
          nodes={flow.nodes}
          edges={flow.edges}
          focusing={focusing}
          focusLinks={emphasis.focusLinks}
          view={null}
          centralDown={resolution.centralDown}
          fitTo={tourStep?.focus ?? null}
          framing={framing}
          minimap={false}
          controls={false}
          arrowNavigation={false}
        />
      </div>
      {tourStep && <p className="border-t-2 border-line bg-surface px-4 py-2 text-lg leading-snug">{tourStep.text}</p>}
    </div>
  );
}

function BoardSlide({ choices }: { choices: Choices }) {
  const bundles = useAllBundles();
  const architectures = useMemo(() => bundles.map((b) => b.architecture), [bundles]);
  const capabilities = catalogueOf(architectures, useCapabilities());
  const scenario = scenarioOf(choices);
  return choices.at ? (
    <BoardOverTime architectures={architectures} capabilities={capabilities} scenario={scenario} times={choices.at} />
  ) : (
    <CapabilityTable architectures={architectures} scenario={scenario} copyable={false} marked />
  );
}

function CompareSlide({ choices }: { choices: Choices }) {
  const left = useBundle(choices.left ?? defaultComparePair[0]).architecture;
  const right = useBundle(choices.right ?? defaultComparePair[1]).architecture;
  const architectures = useMemo(() => [left, right], [left, right]);
  return <CapabilityTable architectures={architectures} scenario={scenarioOf(choices)} copyable={false} marked />;
}

export function SlideView({ hash }: { hash: string }) {
  const { choices } = useMemo(() => parseHash(hash), [hash]);
  const route = choices.route;
  switch (route.page) {
    case 'arch':
      return <DiagramSlide id={route.id} scenario={scenarioOf(choices)} node={choices.node} />;
    case 'present':
      return <StepSlide id={route.id} step={choices.step ?? 1} />;
    case 'board':
      return (
        <div className="h-full overflow-auto p-3">
          <BoardSlide choices={choices} />
        </div>
      );
    case 'compare':
      return (
        <div className="h-full overflow-auto p-3">
          <CompareSlide choices={choices} />
        </div>
      );
    default:
      return <p className="p-4 text-muted">This slide shows a page a deck cannot draw.</p>;
  }
}
