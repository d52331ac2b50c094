/**
 * What a component depends on and what depends on it, followed through the whole link graph (links
 * run from the dependent to what it depends on). Breadth-first and iterative, so a long chain costs
 * time in proportion to its length and never the call stack.
 */
import type { Architecture, Link } from '../model/schema';

export interface Reach {
  /** Component id → how many links away it is (1: a direct link). */
  distance: Map<string, number>;
  /** The links walked, each once. */
  links: Link[];
}

function walk(start: string, next: ReadonlyMap<string, Link[]>, far: (link: Link) => string): Reach {
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

export function dependenciesOf(arch: Pick<Architecture, 'links'>, componentId: string): Dependencies {
  const outgoing = new Map<string, Link[]>();
  const incoming = new Map<string, Link[]>();
  const add = (map: Map<string, Link[]>, key: string, link: Link) => {
    const list = map.get(key);
    if (list) list.push(link);
    else map.set(key, [link]);
  };
  for (const link of arch.links) {
    add(outgoing, link.from, link);
    add(incoming, link.to, link);
  }
  return {
    dependsOn: walk(componentId, outgoing, (l) => l.to),
    dependents: walk(componentId, incoming, (l) => l.from),
  };
}

export const linkKey = (link: Pick<Link, 'from' | 'to'>) => `${link.from}->${link.to}`;
