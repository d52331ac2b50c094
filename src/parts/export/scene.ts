/**
 * What an export draws: the architecture as shown (documented, or a fleet) under a cut at a time,
 * as the same flow nodes and edge shapes the canvas draws. A large fleet is drawn as the canvas
 * draws it zoomed out (the central site, and the edge sites as tiles), not as thousands of boxes.
 */
import { formatCount } from '../../model/format';
import type { ArchitectureBundle } from '../../model/dataset';
import { describeDuration } from '../../model/duration';
import type { CutResolution } from '../../simulation/cut';
import type { ComponentState } from '../../simulation/status';
import { describeCut } from '../../simulation/summary';
import { toFlow } from '../canvas/flow/toFlow';
import type { Flow } from '../canvas/flow/types';

/** Above this many edge sites, a picture shows them as tiles. */
export const TILED_ABOVE = 40;

export interface Scene {
  flow: Flow;
  /** The cut and the time, in words: "Cut off: dcn0, 10 min into the cut". */
  caption: string;
  tiled: boolean;
}

export function describeMoment(
  arch: ArchitectureBundle['architecture'],
  resolution: CutResolution,
  t: number | null,
): string {
  const cutting = resolution.centralDown || resolution.cutSites.size > 0;
  return `${describeCut(arch, resolution)}${cutting && t ? `, ${describeDuration(t)} into the cut` : cutting ? ', just cut' : ''}`;
}

export function sceneOf(
  { architecture, layout }: ArchitectureBundle,
  resolution: CutResolution,
  states: ReadonlyMap<string, ComponentState>,
  t: number | null,
): Scene {
  const edgeSites = architecture.sites.length - 1;
  const tiled = edgeSites > TILED_ABOVE;
  const flow = toFlow({ architecture, layout, cut: resolution, states, collapsed: tiled });
  const caption = describeMoment(architecture, resolution, t);
  return {
    flow,
    caption: tiled ? `${caption} · ${formatCount(edgeSites)} edge sites drawn as tiles` : caption,
    tiled,
  };
}
