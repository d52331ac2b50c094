/** The React Flow nodes and edges the canvas draws, and how their ids are made. */
import type { Node } from '@xyflow/react';
import type { EdgeShape } from './paths';
import type { Layer, Site } from '../../../model/schema';
import type { StatusCounts } from '../../../simulation/summary';
import type { ComponentState } from '../../../simulation/status';

export interface ComponentNodeData extends Record<string, unknown> {
  name: string;
  /** The name as the lines the build measured it into. */
  lines: readonly string[];
  layer: Layer;
  optional: boolean;
  status: ComponentState;
  /** Its state changes later in a long cut (the time control tells the rest). */
  changesLater: boolean;
}

export interface SiteNodeData extends Record<string, unknown> {
  site: Site;
  cut: boolean;
  counts: StatusCounts | null;
}

export interface FleetTile {
  id: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  cut: boolean;
}

export interface FleetNodeData extends Record<string, unknown> {
  tiles: FleetTile[];
  cutCount: number;
}

export interface HubNodeData extends Record<string, unknown> {
  siteId: string;
  siteName: string;
  severed: boolean;
  /** What crosses this link, from the links' labels. */
  carries: string[];
}

export type ComponentFlowNode = Node<ComponentNodeData, 'component'>;
export type SiteFlowNode = Node<SiteNodeData, 'site'>;
export type HubFlowNode = Node<HubNodeData, 'hub'>;
export type FleetFlowNode = Node<FleetNodeData, 'fleet'>;
export type FlowNode = ComponentFlowNode | SiteFlowNode | HubFlowNode | FleetFlowNode;

export interface Flow {
  nodes: FlowNode[];
  edges: EdgeShape[];
}

export const siteNodeId = (siteId: string) => `site:${siteId}`;
export const hubNodeId = (siteId: string) => `wan:${siteId}`;
export const siteOfHub = (nodeId: string) => (nodeId.startsWith('wan:') ? nodeId.slice(4) : null);

/** The class a node or edge gets when it is part of what the user or a tour step focuses; the canvas dims the rest. */
export const FOCUS_CLASS = 'is-focus';
