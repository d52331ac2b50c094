/**
 * What an export draws: the architecture as shown (documented, or a fleet) under a cut at a time,
 * as the same flow nodes and edge shapes the canvas draws. A large fleet is drawn as the canvas
 * draws it zoomed out (the central site, and the edge sites as tiles), not as thousands of boxes.
 */
import { formatCount } from '../../model/format';
import type { ArchitectureBundle } from '../../model/dataset';
import type { ComponentState } from '../../simulation/status';
import { describeScenario, type ResolvedScenario } from '../../simulation/scenario';
import { toFlow } from '../canvas/flow/toFlow';
import type { Flow } from '../canvas/flow/types';

/** Above this many edge sites, a picture shows them as tiles. */
export const TILED_ABOVE = 40;

export interface Scene {
  flow: Flow;
  /** The conditions in words: "Cut off: dcn0, 10 min into the cut · WAN 150 ms round trip". */
  caption: string;
  tiled: boolean;
}

export function sceneOf(
  { architecture, layout }: ArchitectureBundle,
  resolved: ResolvedScenario,
  states: ReadonlyMap<string, ComponentState>,
): Scene {
  const edgeSites = architecture.sites.length - 1;
  const tiled = edgeSites > TILED_ABOVE;
  const flow = toFlow({ architecture, layout, cut: resolved.resolution, states, collapsed: tiled });
  const caption = describeScenario(architecture, resolved);
  return {
    flow,
    caption: tiled ? `${caption} · ${formatCount(edgeSites)} edge sites drawn as tiles` : caption,
    tiled,
  };
}
