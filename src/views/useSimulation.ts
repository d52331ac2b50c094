/**
 * Everything a graph view derives from one architecture and the user's choices, memoised so a
 * selection does not recompute the cut and a cut does not rebuild the fleet.
 */
import { useEffect, useMemo } from 'react';
import type { ArchitectureBundle } from '../data/types';
import { expandFleet } from '../graph/fleet';
import { componentStates, resolveCut, toggleSite } from '../graph/status';
import { summariseCut } from '../graph/summary';
import { toFlow } from '../graph/toFlow';
import { correctChoices, setCut, useExplorer } from '../state/store';
import { correctForArchitecture } from '../state/resolve';
import type { Cut } from '../state/url';

export function useFleet(bundle: ArchitectureBundle, sites: number | null): ArchitectureBundle {
  return useMemo(() => (sites === null ? bundle : expandFleet(bundle, sites)), [bundle, sites]);
}

export function useSimulation(model: ArchitectureBundle, cut: Cut, options: { selected?: string | null; focus?: readonly string[] | null; fleet?: boolean } = {}) {
  const { architecture, layout } = model;
  const resolution = useMemo(() => resolveCut(architecture, cut), [architecture, cut]);
  const states = useMemo(() => componentStates(architecture, resolution), [architecture, resolution]);
  const focusSet = useMemo(() => (options.focus ? new Set(options.focus) : null), [options.focus]);
  const fleet = options.fleet ?? false;
  const flow = useMemo(
    () => toFlow({ architecture, layout, cut: resolution, selected: options.selected ?? null, focus: focusSet, trunks: fleet }),
    [architecture, layout, resolution, options.selected, focusSet, fleet],
  );
  // A fleet seen from far away: one tile per site instead of thousands of components.
  const overview = useMemo(
    () => (fleet ? toFlow({ architecture, layout, cut: resolution, selected: null, trunks: true, collapsed: true }) : null),
    [architecture, layout, resolution, fleet],
  );
  const summary = useMemo(
    () => summariseCut(architecture, resolution, states, fleet ? () => 'fleet' : undefined),
    [architecture, resolution, states, fleet],
  );
  const edgeSiteIds = useMemo(() => architecture.sites.filter((s) => s.kind === 'edge').map((s) => s.id), [architecture]);
  const toggle = useMemo(() => (siteId: string) => setCut(toggleSite(resolution, edgeSiteIds, siteId)), [resolution, edgeSiteIds]);
  return { resolution, states, flow, overview, summary, toggle, edgeSiteIds };
}

/** Unknown component or site ids in the link are dropped once, with a notice. */
export function useCorrections(model: ArchitectureBundle): void {
  const choices = useExplorer((s) => s.choices);
  const { patch, notices } = useMemo(() => correctForArchitecture(model.architecture, choices), [model, choices]);
  useEffect(() => {
    if (notices.length > 0 || Object.keys(patch).length > 0) correctChoices(patch, notices);
  }, [patch, notices]);
}
