/**
 * Everything a graph view derives from one architecture and the user's choices, memoised so a
 * selection does not recompute the cut and a cut does not rebuild the fleet.
 */
import { useEffect, useMemo } from 'react';
import type { ArchitectureBundle } from '../../model/dataset';
import { expandFleet, sitesWithin } from '../../simulation/fleet';
import type { Rect } from '../../model/geometry';
import { componentStates, resolveCut, toggleSite } from '../../simulation/status';
import { summariseCut } from '../../simulation/summary';
import { toFlow } from './flow/toFlow';
import { correctChoices, setCut, useExplorer } from '../../url/store';
import { correctForArchitecture } from '../../url/corrections';
import type { Cut } from '../../url/codec';

export function useFleet(bundle: ArchitectureBundle, sites: number | null): ArchitectureBundle {
  return useMemo(() => (sites === null ? bundle : expandFleet(bundle, sites)), [bundle, sites]);
}

export function useSimulation(
  model: ArchitectureBundle,
  cut: Cut,
  options: {
    selected?: string | null;
    focus?: readonly string[] | null;
    fleet?: boolean;
    /**
     * A zoomed-in fleet: the part of the diagram on screen. Only the sites near it become nodes, and
     * only once the user has zoomed in; further out the fleet is one node of tiles.
     */
    region?: Rect | null;
  } = {},
) {
  const { architecture, layout } = model;
  const resolution = useMemo(() => resolveCut(architecture, cut), [architecture, cut]);
  const states = useMemo(() => componentStates(architecture, resolution), [architecture, resolution]);
  const focusSet = useMemo(() => (options.focus ? new Set(options.focus) : null), [options.focus]);
  const fleet = options.fleet ?? false;
  // A fleet seen from far away: one tile per site instead of thousands of components.
  const overview = useMemo(
    () => (fleet ? toFlow({ architecture, layout, cut: resolution, selected: options.selected ?? null, trunks: true, collapsed: true }) : null),
    [architecture, layout, resolution, fleet, options.selected],
  );
  const region = fleet ? (options.region ?? null) : null;
  const shown = useMemo(() => (region ? sitesWithin(model, region) : architecture), [model, region, architecture]);
  const flow = useMemo(
    () => (fleet && !region ? overview! : toFlow({ architecture: shown, layout, cut: resolution, selected: options.selected ?? null, focus: focusSet, trunks: fleet })),
    [shown, layout, resolution, options.selected, focusSet, fleet, region, overview],
  );
  const summary = useMemo(
    () => summariseCut(architecture, resolution, states, fleet ? () => 'fleet' : undefined),
    [architecture, resolution, states, fleet],
  );
  const edgeSiteIds = useMemo(() => architecture.sites.filter((s) => s.kind === 'edge').map((s) => s.id), [architecture]);
  const toggle = useMemo(() => (siteId: string) => setCut(toggleSite(resolution, edgeSiteIds, siteId)), [resolution, edgeSiteIds]);
  return { resolution, states, flow, overview, summary, toggle };
}

/** Unknown component or site ids in the link are dropped once, with a notice. */
export function useCorrections(model: ArchitectureBundle): void {
  const choices = useExplorer((s) => s.choices);
  const { patch, notices } = useMemo(() => correctForArchitecture(model.architecture, choices), [model, choices]);
  useEffect(() => {
    if (notices.length > 0 || Object.keys(patch).length > 0) correctChoices(patch, notices);
  }, [patch, notices]);
}
