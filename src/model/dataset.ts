/** Shapes of the data the build hands to the browser (see plugin.ts). */
import type { ArchitectureLayout } from './geometry.ts';
import type { Architecture } from './schema.ts';

/** What every page needs about each architecture: small, in the main bundle. */
export interface ArchitectureEntry {
  id: string;
  name: string;
  model: string;
  siteCount: number;
  edgeSiteCount: number;
  componentCount: number;
}

/** What the home page adds: its summary and a thumbnail of its layout. */
export interface ArchitectureCard {
  summary: string;
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
