/**
 * Everything a graph view derives from one architecture and the user's choices, memoised in layers:
 * a selection does not rebuild the graph (emphasis.ts keeps the nodes it does not touch), and a cut or
 * a time step rebuilds the graph from the new states but not the fleet.
 */
import { use, useEffect, useMemo } from 'react';
import { onDemand } from '../../dataset/onDemand';
import type { Bundle, GraphArchitecture } from '../../model/dataset';
import type { Rect } from '../../model/geometry';
import { toggleSite } from '../../simulation/cut';
import { resolveScenario, type Scenario } from '../../simulation/scenario';
import { dependenciesOf, linkKey, pathsThrough, type Membership } from '../../simulation/dependencies';
import { adjacencyOf, componentById } from '../../simulation/lookup';
import { componentStates } from '../../simulation/status';
import { changeCut } from '../../url/store';
import { emphasise } from './flow/emphasis';
import { loadFleetNode } from './nodes/nodeTypes';
import { toFlow } from './flow/toFlow';
import { hubNodeId } from './flow/types';

/** The fleet generator and the fleet's tiles, loaded the first time a fleet is shown (most readers never ask for one). */
export const loadFleet = onDemand(() =>
  Promise.all([import('../../simulation/fleet'), loadFleetNode()]).then(([generator]) => generator),
);

type Generator = Awaited<ReturnType<typeof loadFleet>>;
// The last fleet made from each bundle: the page, its panels and its exports all show the same size.
// The bundles live as long as the tab, so the fleets are let go when no canvas shows one any more
// (a fleet of 2,000 sites holds some 40 MB).
let fleets = new WeakMap<Bundle<GraphArchitecture>, { sites: number; fleet: Bundle<GraphArchitecture> }>();
let fleetViews = 0;

/**
 * A fleet of `sites` copies, made once per bundle and size: a thousand sites take a few hundred
 * milliseconds, so the page, the panels and the exports share it (see warmFleet).
 */
function fleetOf<A extends GraphArchitecture>(generator: Generator, bundle: Bundle<A>, sites: number): Bundle<A> {
  let made = fleets.get(bundle);
  if (made?.sites !== sites) {
    fleets.set(bundle, (made = { sites, fleet: generator.expandFleet(bundle, sites) }));
    // A click on a component looks it and its links up: index the fleet's tens of thousands while
    // the page is idle, so the first click does not pay for it.
    const { architecture } = made.fleet;
    whenIdle(() => componentById(architecture, ''));
    whenIdle(() => adjacencyOf(architecture.links));
  }
  return made.fleet as Bundle<A>;
}

// Safari has no requestIdleCallback: a timeout there.
const whenIdle = (task: () => void) => void (window.requestIdleCallback ?? setTimeout)(task);

/** Makes the fleet of a bundle ahead of the click that needs it (the panels' full data, on intent). */
export function warmFleet(bundle: Promise<Bundle<GraphArchitecture>>, sites: number | null): void {
  if (sites === null) return;
  void Promise.all([loadFleet(), bundle]).then(([generator, loaded]) =>
    // When the page is idle, so the warm-up never delays what the reader is looking at.
    whenIdle(() => fleetOf(generator, loaded, sites)),
  );
}

/** The architecture as shown: as documented, or its first edge site copied into a fleet of `sites`. */
export function useFleet<A extends GraphArchitecture>(bundle: Bundle<A>, sites: number | null): Bundle<A> {
  const generator = sites === null ? null : use(loadFleet());
  const showing = sites !== null;
  useEffect(() => {
    if (!showing) return;
    fleetViews++;
    return () => {
      if (--fleetViews === 0) fleets = new WeakMap();
    };
  }, [showing]);
  return useMemo(
    () => (generator && sites !== null ? fleetOf(generator, bundle, sites) : bundle),
    [bundle, sites, generator],
  );
}

interface SimulationOptions {
  selected?: string | null;
  /** Components a tour step focuses; null: the selection's dependencies are focused instead. */
  focus?: readonly string[] | null;
  fleet?: boolean;
  /**
   * A zoomed-in fleet: the part of the diagram on screen. Only the sites near it become nodes, and
   * only once the user has zoomed in; further out the fleet is one node of tiles.
   */
  region?: Rect | null;
}

/**
 * @param model the architecture as shown (see useFleet)
 * @param scenario what the reader chose to simulate: the cut and its time, the round trip, the upgrade
 * @returns the scenario resolved against the sites (and its cut alone, `resolution`), every component's
 *   state, the graph to draw (and a fleet's far-away overview), what is in focus, and `toggle` to cut
 *   or restore one edge site
 */
export function useSimulation<A extends GraphArchitecture>(
  model: Bundle<A>,
  scenario: Scenario,
  { selected = null, focus = null, fleet = false, region = null }: SimulationOptions = {},
) {
  const { architecture, layout } = model;
  const resolved = useMemo(() => resolveScenario(architecture, scenario), [architecture, scenario]);
  const resolution = resolved.resolution;
  const states = useMemo(
    () => componentStates(architecture, resolution, resolved.seconds, resolved.conditions),
    [architecture, resolution, resolved],
  );
  const overview = useMemo(
    () => (fleet ? toFlow({ architecture, layout, cut: resolution, states, collapsed: true }) : null),
    [architecture, layout, resolution, states, fleet],
  );
  const near = fleet ? region : null;
  const generator = fleet ? use(loadFleet()) : null;
  const shown = useMemo(
    () => (near && generator ? generator.sitesWithin(model, near) : architecture),
    [model, near, architecture, generator],
  );
  const base = useMemo(
    () => (fleet && !near ? overview! : toFlow({ architecture: shown, layout, cut: resolution, states })),
    [fleet, near, overview, shown, layout, resolution, states],
  );
  const emphasis = useMemo(() => {
    if (focus && focus.length > 0) {
      const ids = new Set(focus);
      const between = shown.links.filter((l) => ids.has(l.from) && ids.has(l.to));
      return { focus: ids, focusLinks: new Set(between.map(linkKey)) };
    }
    if (!selected) return { focus: null, focusLinks: null };
    const dependencies = dependenciesOf(shown, selected);
    const paths = pathsThrough(selected, dependencies);
    // The WAN hubs the paths cross come forward with them.
    const hubs = new Set<string>();
    for (const reach of [dependencies.dependsOn, dependencies.dependents])
      for (const link of reach.links)
        if (link.over === 'wan')
          for (const end of [link.from, link.to]) hubs.add(hubNodeId(componentById(shown, end)!.site));
    const focused: Membership = { has: (id) => paths.components.has(id) || hubs.has(id) };
    return { focus: focused, focusLinks: paths.links };
  }, [focus, selected, shown]);
  const nodes = useMemo(() => emphasise(base.nodes, { selected, focus: emphasis.focus }), [base, selected, emphasis]);
  const flow = useMemo(() => ({ nodes, edges: base.edges }), [nodes, base.edges]);
  const edgeSiteIds = useMemo(
    () => architecture.sites.filter((s) => s.kind === 'edge').map((s) => s.id),
    [architecture],
  );
  const toggle = useMemo(
    () => (siteId: string) => changeCut(toggleSite(resolution, edgeSiteIds, siteId), architecture),
    [resolution, edgeSiteIds, architecture],
  );
  return { resolved, resolution, states, flow, overview, toggle, emphasis, focusing: emphasis.focus !== null };
}
