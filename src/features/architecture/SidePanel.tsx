/**
 * The panel over the diagram's right side (a sheet over its bottom on a phone): details, reconnect
 * story, cut summary or overview. Over, not beside: opening it leaves the canvas's size alone, so a
 * click does not make the canvas measure, refit and redraw a zoomed-in fleet (the canvas moves the view
 * instead, just enough to keep the selection clear of it).
 */
import { lazy, memo, Suspense, use, useMemo } from 'react';
import type { GraphArchitecture } from '../../model/dataset';
import { isCutting, type Restored } from '../../simulation/cut';
import type { ResolvedScenario } from '../../simulation/scenario';
import { NORMAL } from '../../simulation/status';
import type { ComponentState } from '../../simulation/status';
import { componentById } from '../../simulation/lookup';
import { loadBundle, onDemand, preloadCapabilities } from '../../dataset/access';
import { Loading } from '../../ui/Loading';
import { selectBack, selectNodeId, selectTime, useExplorer } from '../../url/store';
import { panelFor, type Panel } from './panelFor';
import { warmFleet } from '../../parts/canvas/useSimulation';

// The panels are not part of the first graph: they load while the reader looks at it (see
// preloadPanels), so the first picture comes sooner and a click still finds them ready.
// Read with use(): a panel fetched ahead of the click renders at once (React.lazy would wait a tick).
const loadPanels = onDemand(() => import('./PanelBody'));

// Shown while something is cut, so not needed for the first graph.
const TimeControl = lazy(() => import('../../parts/time/TimeControl').then((m) => ({ default: m.TimeControl })));

/**
 * Fetches the panels when the reader shows intent (the pointer over the page, or keyboard focus in it):
 * before the click that needs them, after the first graph that does not.
 */
export function preloadPanels(id: string, sites: number | null): void {
  void Promise.all([loadPanels(), preloadCapabilities(), import('../../parts/time/TimeControl')]);
  warmFleet(loadBundle(id), sites);
}

export interface Props {
  id: string;
  /** The fleet size shown (null: as documented). */
  sites: number | null;
  /** The diagram's graph as shown: which panel shows is known before the full data is here. */
  architecture: GraphArchitecture;
  resolved: ResolvedScenario;
  states: ReadonlyMap<string, ComponentState>;
  /** Which panel shows (usePanel, which the page calls to lay the diagram out around it). */
  panel: Panel;
  restored: Restored | null;
  /** The time into the cut the panel tells of (seconds; null: none chosen). */
  t: number | null;
  onCloseAbout: () => void;
}

export type PanelBodyProps = Omit<Props, 't'> & { panel: NonNullable<Panel>; t: number };

/** Which panel shows, for the page to lay the diagram out around it. */
export function usePanel(
  architecture: Pick<GraphArchitecture, 'components'>,
  { resolution, conditions }: ResolvedScenario,
  about: boolean,
) {
  const selected = useExplorer(selectNodeId);
  const back = useExplorer(selectBack);
  const lasted = useExplorer(selectTime) ?? 0;
  const restored = useMemo<Restored | null>(() => back && { ...back, lasted }, [back, lasted]);
  const component = selected ? componentById(architecture, selected) : undefined;
  const simulating = isCutting(resolution) || conditions !== NORMAL;
  return {
    component,
    restored,
    panel: panelFor({ component: !!component, restored: !!restored, simulating, about }),
  };
}

// Memoised: the page hands it the same props while a new cut is drawn (it follows a frame behind).
export const SidePanel = memo(function SidePanel(props: Props) {
  const { architecture, resolved, panel, t } = props;
  const resolution = resolved.resolution;
  const timed = useMemo(() => [architecture], [architecture]);
  if (panel === null) return null;
  return (
    <aside
      id="details-panel"
      aria-label="Details"
      className="absolute inset-x-0 bottom-0 z-20 flex max-h-[60%] flex-col overflow-y-auto rounded-t-2xl border-t-2 border-line bg-surface p-4 shadow-2xl md:inset-x-auto md:top-0 md:right-0 md:max-h-none md:w-[22rem] md:rounded-none md:border-t-0 md:border-l-2 md:shadow-xl 2xl:w-[28rem]"
    >
      {isCutting(resolution) && (
        <div className="sticky -top-4 z-10 -mx-4 -mt-4 mb-3 border-b-2 border-line bg-surface px-4 pt-3 pb-2">
          <Suspense fallback={null}>
            <TimeControl architectures={timed} compact />
          </Suspense>
        </div>
      )}
      {/* The panels' code and the capability catalogue may still be on their way: only the panel's body waits, never the diagram. */}
      <Suspense fallback={<Loading what="the panel" />}>
        <LoadedBody {...props} panel={panel} t={t ?? 0} />
      </Suspense>
    </aside>
  );
});

function LoadedBody(props: PanelBodyProps) {
  const { PanelBody } = use(loadPanels());
  return <PanelBody {...props} />;
}
