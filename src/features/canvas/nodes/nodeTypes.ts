import type { ComponentType } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../flow/types';
import { ComponentNode } from './ComponentNode';
import { FleetNode } from './FleetNode';
import { HubNode } from './HubNode';
import { SiteNode } from './SiteNode';

// Module scope: a new object per render would remount every node. `satisfies` makes the map exhaustive.
export const nodeTypes = { component: ComponentNode, site: SiteNode, hub: HubNode, fleet: FleetNode } satisfies {
  [K in FlowNode['type']]: ComponentType<NodeProps<Extract<FlowNode, { type: K }>>>;
};
