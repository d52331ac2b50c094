/**
 * What a component depends on and what depends on it, followed through the whole link graph (links
 * run from the dependent to what it depends on). Breadth-first and iterative, so a long chain costs
 * time in proportion to its length and never the call stack.
 */
import type { Architecture, Link } from '../model/schema';
import { adjacencyOf } from './lookup';

export interface Reach {
  /** Component id → how many links away it is (1: a direct link). */
  distance: Map<string, number>;
  /** The links walked, each once. */
  links: Link[];
}

function walk(start: string, next: ReadonlyMap<string, readonly Link[]>, far: (link: Link) => string): Reach {
  const distance = new Map<string, number>();
  const links: Link[] = [];
  let frontier = [start];
  const seen = new Set([start]);
  for (let d = 1; frontier.length > 0; d++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const link of next.get(id) ?? []) {
        links.push(link);
        const other = far(link);
        if (seen.has(other)) continue;
        seen.add(other);
        distance.set(other, d);
        following.push(other);
      }
    }
    frontier = following;
  }
  return { distance, links };
}

export interface Dependencies {
  dependsOn: Reach;
  dependents: Reach;
}

// The last walk per set of links: the diagram and the details panel ask about the same selection, and
// in a fleet the walk from a central service reaches tens of thousands of components.
const lastWalk = new WeakMap<readonly Link[], { componentId: string; dependencies: Dependencies }>();

export function dependenciesOf(arch: Pick<Architecture, 'links'>, componentId: string): Dependencies {
  const last = lastWalk.get(arch.links);
  if (last?.componentId === componentId) return last.dependencies;
  const { outgoing, incoming } = adjacencyOf(arch.links);
  const dependencies = {
    dependsOn: walk(componentId, outgoing, (l) => l.to),
    dependents: walk(componentId, incoming, (l) => l.from),
  };
  lastWalk.set(arch.links, { componentId, dependencies });
  return dependencies;
}

export const linkKey = (link: Pick<Link, 'from' | 'to'>) => `${link.from}->${link.to}`;

/** What a Set offers a reader that only asks "is it in?". */
export interface Membership {
  has(key: string): boolean;
}

/**
 * The selection and everything on its dependency paths, and the links walked (by linkKey), asked one
 * at a time. A central service of a 1,000-site fleet reaches tens of thousands of components and
 * links; listing them all in sets cost more than the walk itself, and a view asks only about what it draws.
 */
export function pathsThrough(
  componentId: string,
  { dependsOn, dependents }: Dependencies,
): { components: Membership; links: Membership } {
  const upstream = (id: string) => id === componentId || dependsOn.distance.has(id);
  const downstream = (id: string) => id === componentId || dependents.distance.has(id);
  return {
    components: { has: (id) => upstream(id) || downstream(id) },
    // The walk follows every link out of each component it reaches (and every link into each one, the
    // other way), so a link was walked exactly when its start is upstream or its end downstream.
    links: {
      has: (key) => {
        const at = key.indexOf('->');
        return at > 0 && (upstream(key.slice(0, at)) || downstream(key.slice(at + 2)));
      },
    },
  };
}
