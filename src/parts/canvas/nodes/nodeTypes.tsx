import { memo, use, type ComponentType } from 'react';
import type { NodeProps } from '@xyflow/react';
import { onDemand } from '../../../dataset/onDemand';
import type { FleetFlowNode, FlowNode } from '../flow/types';
import { ComponentNode } from './ComponentNode';
import { HubNode } from './HubNode';
import { SiteNode } from './SiteNode';

/**
 * The fleet's tiles are drawn only for a generated fleet: their code loads with the fleet generator
 * (useSimulation's loadFleet), which the page waits for before it draws a fleet, so it is read at once.
 */
export const loadFleetNode = onDemand(() => import('./FleetNode'));

const Fleet = memo(function Fleet(props: NodeProps<FleetFlowNode>) {
  const { FleetNode } = use(loadFleetNode());
  return <FleetNode {...props} />;
});

// Module scope: a new object per render would remount every node. `satisfies` makes the map exhaustive.
export const nodeTypes = { component: ComponentNode, site: SiteNode, hub: HubNode, fleet: Fleet } satisfies {
  [K in FlowNode['type']]: ComponentType<NodeProps<Extract<FlowNode, { type: K }>>>;
};
