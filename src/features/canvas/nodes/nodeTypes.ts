import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ComponentNode } from './ComponentNode';
import { FleetNode } from './FleetNode';
import { HubNode } from './HubNode';
import { LinkEdge } from './LinkEdge';
import { SiteNode } from './SiteNode';

// Module scope: a new object per render would remount every node.
export const nodeTypes: NodeTypes = { component: ComponentNode, site: SiteNode, hub: HubNode, fleet: FleetNode };
export const edgeTypes: EdgeTypes = { link: LinkEdge };
