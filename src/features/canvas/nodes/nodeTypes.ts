import type { ComponentType } from 'react';
import type { EdgeProps, NodeProps } from '@xyflow/react';
import type { FlowNode, LinkFlowEdge } from '../flow/types';
import { ComponentNode } from './ComponentNode';
import { FleetNode } from './FleetNode';
import { HubNode } from './HubNode';
import { LinkEdge } from './LinkEdge';
import { SiteNode } from './SiteNode';

// Module scope: a new object per render would remount every node. `satisfies` makes the map exhaustive.
export const nodeTypes = { component: ComponentNode, site: SiteNode, hub: HubNode, fleet: FleetNode } satisfies {
  [K in FlowNode['type']]: ComponentType<NodeProps<Extract<FlowNode, { type: K }>>>;
};
export const edgeTypes = { link: LinkEdge } satisfies {
  [K in LinkFlowEdge['type'] & string]: ComponentType<EdgeProps<LinkFlowEdge>>;
};
