/** Shapes of the data the build hands to the browser (see plugin.ts). */
import type { ArchitectureLayout } from '../graph/geometry.ts';
import type { Architecture } from './schema.ts';

export interface ArchitectureSummary {
  id: string;
  name: string;
  model: string;
  summary: string;
  siteCount: number;
  edgeSiteCount: number;
  componentCount: number;
  preview: {
    width: number;
    height: number;
    sites: { x: number; y: number; width: number; height: number; kind: 'central' | 'edge' }[];
    nodes: { x: number; y: number }[];
  };
}

export interface ArchitectureBundle {
  architecture: Architecture;
  layout: ArchitectureLayout;
}

