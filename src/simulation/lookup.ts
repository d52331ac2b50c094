/**
 * Lookups by id over one architecture, built the first time they are asked for and kept while the
 * architecture lives. A 1,000-site fleet has about 30,000 components and as many links: a click that
 * scanned them all, or rebuilt a map of them, would spend tens of milliseconds before its frame.
 */
import type { Link } from '../model/schema';

// Keyed by the arrays, which an architecture never changes in place.
const byId = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

export function componentById<C extends { id: string }>(arch: { components: readonly C[] }, id: string): C | undefined {
  let map = byId.get(arch.components);
  if (!map) byId.set(arch.components, (map = new Map(arch.components.map((c) => [c.id, c]))));
  return map.get(id) as C | undefined;
}

export interface Adjacency {
  /** Component id → the links it depends through (it is their `from`). */
  outgoing: ReadonlyMap<string, readonly Link[]>;
  /** Component id → the links that depend on it (it is their `to`). */
  incoming: ReadonlyMap<string, readonly Link[]>;
}

const adjacencies = new WeakMap<readonly Link[], Adjacency>();
const NONE: readonly Link[] = [];

export function adjacencyOf(links: readonly Link[]): Adjacency {
  let made = adjacencies.get(links);
  if (made) return made;
  const outgoing = new Map<string, Link[]>();
  const incoming = new Map<string, Link[]>();
  const add = (map: Map<string, Link[]>, key: string, link: Link) => {
    const list = map.get(key);
    if (list) list.push(link);
    else map.set(key, [link]);
  };
  for (const link of links) {
    add(outgoing, link.from, link);
    add(incoming, link.to, link);
  }
  adjacencies.set(links, (made = { outgoing, incoming }));
  return made;
}

/** The links a component depends through, and the links that depend on it, in the architecture's order. */
export function linksAt(links: readonly Link[], id: string): { uses: readonly Link[]; usedBy: readonly Link[] } {
  const { outgoing, incoming } = adjacencyOf(links);
  return { uses: outgoing.get(id) ?? NONE, usedBy: incoming.get(id) ?? NONE };
}
