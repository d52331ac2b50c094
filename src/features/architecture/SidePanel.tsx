/** The panel beside the diagram (a sheet on a phone): details, reconnect story, cut summary or overview. */
import { Suspense, use, useMemo } from 'react';
import type { Architecture, Component } from '../../model/schema';
import type { CutResolution } from '../../simulation/cut';
import { isCutting, NO_CUT, type Restored } from '../../simulation/cut';
import type { ComponentState } from '../../simulation/status';
import type { CutSummary } from '../../simulation/summary';
import { onDemand, preloadCapabilities } from '../../dataset/access';
import { Loading } from '../../ui/Loading';
import {
  changeCut,
  dismissRestored,
  selectNode,
  selectNodeId,
  selectRestored,
  selectTime,
  useExplorer,
} from '../../url/store';
import { panelFor, type Panel } from './panelFor';
import { TimeControl } from '../time/TimeControl';

// The panels are not part of the first graph: they load while the reader looks at it (see
// usePanelPreload), so the first picture comes sooner and a click still finds them ready.
// Read with use(): a panel fetched ahead of the click renders at once (React.lazy would wait a tick).
const loadPanels = onDemand(async () => {
  const [details, cutSummary, reconnect, overview] = await Promise.all([
    import('./DetailsPanel'),
    import('./CutSummaryPanel'),
    import('./ReconnectPanel'),
    import('./OverviewPanel'),
  ]);
  return { ...details, ...cutSummary, ...reconnect, ...overview };
});

/**
 * Fetches the panels when the reader shows intent (the pointer over the page, or keyboard focus in it):
 * before the click that needs them, after the first graph that does not.
 */
export function preloadPanels(): void {
  void Promise.all([loadPanels(), preloadCapabilities()]);
}

interface Props {
  architecture: Architecture;
  /** As documented: the template of a fleet. */
  documented: Architecture;
  resolution: CutResolution;
  states: ReadonlyMap<string, ComponentState>;
  summary: CutSummary;
  about: boolean;
  onCloseAbout: () => void;
}

/** Which panel shows, for the page to lay the diagram out around it. */
export function usePanel(architecture: Pick<Architecture, 'components'>, resolution: CutResolution, about: boolean) {
  const selected = useExplorer(selectNodeId);
  const restored = useExplorer(selectRestored);
  const component = selected ? architecture.components.find((c) => c.id === selected) : undefined;
  return {
    component,
    restored,
    panel: panelFor({ component: !!component, restored: !!restored, cutting: isCutting(resolution), about }),
  };
}

export function SidePanel(props: Props) {
  const { architecture, resolution, about } = props;
  const { component, restored, panel } = usePanel(architecture, resolution, about);
  const t = useExplorer(selectTime);
  const timed = useMemo(() => [architecture], [architecture]);
  if (panel === null) return null;
  return (
    <aside
      id="details-panel"
      aria-label="Details"
      className="absolute inset-x-0 bottom-0 z-20 flex max-h-[60%] flex-col overflow-y-auto rounded-t-2xl border-t-2 border-line bg-surface p-4 shadow-2xl md:static md:max-h-none md:w-[22rem] md:rounded-none md:border-t-0 md:border-l-2 md:shadow-none 2xl:w-[28rem]"
    >
      {isCutting(resolution) && (
        <div className="sticky -top-4 z-10 -mx-4 -mt-4 mb-3 border-b-2 border-line bg-surface px-4 pt-3 pb-2">
          <TimeControl architectures={timed} compact />
        </div>
      )}
      {/* The panels' code and the capability catalogue may still be on their way: only the panel's body waits, never the diagram. */}
      <Suspense fallback={<Loading what="the panel" />}>
        <PanelBody {...props} panel={panel} component={component} restored={restored} t={t ?? 0} />
      </Suspense>
    </aside>
  );
}

function PanelBody({
  architecture,
  documented,
  states,
  summary,
  onCloseAbout,
  panel,
  component,
  restored,
  t,
}: Props & { panel: NonNullable<Panel>; component: Component | undefined; restored: Restored | null; t: number }) {
  const { DetailsPanel, ReconnectPanel, CutSummaryPanel, OverviewPanel } = use(loadPanels());
  switch (panel) {
    case 'details':
      return (
        <DetailsPanel
          architecture={architecture}
          component={component!}
          state={states.get(component!.id)!}
          onClose={() => selectNode(null)}
        />
      );
    case 'reconnect':
      return <ReconnectPanel architecture={architecture} restored={restored!} onDone={dismissRestored} />;
    case 'cut-summary':
      return (
        <CutSummaryPanel
          architecture={architecture}
          documented={documented}
          summary={summary}
          states={states}
          t={t}
          onRestore={() => changeCut(NO_CUT, architecture)}
        />
      );
    case 'about':
      return <OverviewPanel architecture={architecture} onClose={onCloseAbout} />;
  }
}
