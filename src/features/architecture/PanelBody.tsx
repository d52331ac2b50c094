/**
 * The body of the side panel: which of the panels shows, with the full data they need. Loaded apart
 * from the first graph, with the panels themselves (SidePanel.tsx fetches it on intent).
 */
import { useMemo } from 'react';
import type { Component } from '../../model/schema';
import { isCutting, NO_CUT } from '../../simulation/cut';
import { summariseCut } from '../../simulation/cutSummary';
import { componentById } from '../../simulation/lookup';
import { useBundle } from '../../dataset/access';
import { changeCut, dismissRestored, selectNode, selectNodeId, useExplorer, useScenario } from '../../url/store';
import { CapabilityTable } from '../../parts/capabilities/CapabilityTable';
import { ConditionsSummary } from './ConditionsSummary';
import { useFleet } from '../../parts/canvas/useSimulation';
import { CutSummaryPanel } from './CutSummaryPanel';
import { DetailsPanel } from '../../parts/details/DetailsPanel';
import { OverviewPanel } from './OverviewPanel';
import { ReconnectPanel } from './ReconnectPanel';
import type { PanelBodyProps } from './SidePanel';

export function PanelBody(props: PanelBodyProps) {
  const { id, sites, resolved, states, onCloseAbout, panel, restored, t } = props;
  const { resolution, conditions } = resolved;
  const scenario = useScenario();
  // The prose the panels show: the full data, loaded with them (the diagram drew from the graph alone).
  const documented = useBundle(id);
  const { architecture } = useFleet(documented, sites);
  const selected = useExplorer(selectNodeId);
  const component: Component | undefined = selected ? componentById(architecture, selected) : undefined;
  // A fleet's summary walks every component: only the cut summary pays for it.
  const summary = useMemo(
    () =>
      panel === 'cut-summary'
        ? summariseCut(architecture, resolution, states, sites !== null ? () => 'fleet' : undefined)
        : null,
    [panel, architecture, resolution, states, sites],
  );
  switch (panel) {
    case 'details':
      return (
        <DetailsPanel
          // The graph the diagram draws: its dependency walk is the one the canvas has just made.
          architecture={props.architecture}
          component={component!}
          state={states.get(component!.id)!}
          onClose={() => selectNode(null)}
        />
      );
    case 'reconnect':
      return <ReconnectPanel architecture={architecture} restored={restored!} onDone={dismissRestored} />;
    case 'cut-summary': {
      const cutting = isCutting(resolution);
      return (
        <div className="flex flex-col gap-4">
          <ConditionsSummary
            architecture={{
              ...documented.architecture,
              sites: architecture.sites,
              components: architecture.components,
            }}
            conditions={conditions}
            states={states}
            cutting={cutting}
          />
          {cutting ? (
            <CutSummaryPanel
              architecture={architecture}
              documented={documented.architecture}
              summary={summary!}
              states={states}
              t={t}
              scenario={scenario}
              onRestore={() => changeCut(NO_CUT, architecture)}
            />
          ) : (
            <CapabilityTable
              architectures={[documented.architecture]}
              scenario={scenario}
              sites={sites}
              heading="What users at the site can still do"
              headingLevel={3}
            />
          )}
        </div>
      );
    }
    case 'about':
      return <OverviewPanel architecture={architecture} onClose={onCloseAbout} />;
  }
}
