/** Shapes of the data the build hands to the browser (see plugin.ts). */
import type { ArchitectureLayout } from './geometry.ts';
import type { Architecture, Component, ComponentUpgrade, LatencyThreshold, Moment, Site } from './schema.ts';

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

/**
 * What the diagram and the simulation read: places, links and statuses, none of the prose. The first
 * picture of an architecture loads only this (a quarter of the full data); the panels, the exports and
 * search load the full bundle. The full `Architecture` is one too, so anything that draws or simulates
 * takes either.
 */
export interface GraphComponent extends Pick<
  Component,
  'id' | 'name' | 'site' | 'layer' | 'optional' | 'requirements'
> {
  disconnected: Pick<Component['disconnected'], 'status'> & { timeline?: Pick<Moment, 'after' | 'status'>[] };
  latency?: { thresholds?: Pick<LatencyThreshold, 'above' | 'status'>[] };
  upgrade?: Pick<ComponentUpgrade, 'status' | 'withSpare'>;
}
export type GraphSite = Pick<Site, 'id' | 'name' | 'kind'>;
export interface GraphArchitecture extends Pick<Architecture, 'id' | 'name' | 'model' | 'links'> {
  sites: GraphSite[];
  components: GraphComponent[];
}

export interface Bundle<A extends GraphArchitecture> {
  architecture: A;
  layout: ArchitectureLayout;
}
export type ArchitectureBundle = Bundle<Architecture>;
export type GraphBundle = Bundle<GraphArchitecture>;

/** The graph part of a full bundle (what the build ships as the first chunk of an architecture). */
export function graphOf({ architecture: a, layout }: ArchitectureBundle): GraphBundle {
  return {
    architecture: {
      id: a.id,
      name: a.name,
      model: a.model,
      sites: a.sites.map(({ id, name, kind }) => ({ id, name, kind })),
      components: a.components.map(
        ({ id, name, site, layer, optional, requirements, disconnected, latency, upgrade }) => ({
          id,
          name,
          site,
          layer,
          ...(optional ? { optional } : {}),
          requirements,
          disconnected: {
            status: disconnected.status,
            ...(disconnected.timeline
              ? { timeline: disconnected.timeline.map(({ after, status }) => ({ after, status })) }
              : {}),
          },
          ...(latency?.thresholds
            ? { latency: { thresholds: latency.thresholds.map(({ above, status }) => ({ above, status })) } }
            : {}),
          ...(upgrade
            ? { upgrade: { status: upgrade.status, ...(upgrade.withSpare ? { withSpare: upgrade.withSpare } : {}) } }
            : {}),
        }),
      ),
      links: a.links,
    },
    layout,
  };
}

/** The route id of the reader's own architecture (`#/arch/yours`): no shipped file may take it. */
export const YOURS = 'yours';
