/**
 * The layout, run at build time in Node (the Vite plugin) and in the browser's editor on a pasted file,
 * with the text measure each supplies (see measure.ts). Every component box
 * is sized to its measured label; each site is laid out by ELK (layered, orthogonal edge routing),
 * with its WAN links leaving through ports on the side that faces the other sites: the bottom of
 * the central site (one port per edge site), the top of an edge site (just past its title, so its line
 * never crosses the site's name). Between sites, a WAN link runs
 * from its edge site's port up through the site's hub and along its own lane to the central port,
 * so no route crosses a box. The same input always gives the same positions and routes.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import type { Architecture, Component, Link } from '../model/schema.ts';
import {
  hubAbove,
  placeSites,
  type ArchitectureLayout,
  type DrawnPath,
  type Point,
  type Rect,
  type Size,
} from '../model/geometry.ts';
import {
  HUB_WIDTH,
  LABEL_FONT_SIZE,
  LABEL_FONT_WEIGHT,
  LABEL_LINE_HEIGHT,
  LABEL_PAD_X,
  LABEL_PAD_Y,
  NODE_MIN_WIDTH,
  SITE_HEADER,
  SITE_PADDING,
  SITE_TITLE_FONT_SIZE,
  SITE_TITLE_FONT_WEIGHT,
  siteChip,
} from '../model/typography.ts';
import type { Measure } from './measure.ts';
import { clipAtBox } from './clipAtBox.ts';
import { layoutBoundProblems, type LayoutBoundProblem } from '../model/vocabulary.ts';

const elk = new ELK();
/** The 2 px border drawn around every box, on both sides. */
const BORDER = 4;
/** Room in a site's title bar beside the name: the kind badge, the status counts and the Cut button. */
const SITE_TITLE_EXTRA = 240;

const baseOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.portConstraints': 'FIXED_ORDER',
  // Tight enough that a fitted diagram keeps 12 px labels at 1280×720, loose enough that parallel
  // tracks stay apart at that size.
  'elk.spacing.nodeNode': '10',
  'elk.layered.spacing.nodeNodeBetweenLayers': '12',
  'elk.layered.mergeEdges': 'true',
  'elk.spacing.edgeNode': '8',
  'elk.spacing.edgeEdge': '5',
  'elk.layered.spacing.edgeNodeBetweenLayers': '8',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '5',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // Moves boxes along their layer to shorten edges: the sites lose the empty rows the router leaves.
  'elk.layered.compaction.postCompaction.strategy': 'EDGE_LENGTH',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
  'elk.padding': `[top=${SITE_HEADER + 6},left=${SITE_PADDING},bottom=${SITE_PADDING},right=${SITE_PADDING}]`,
};

/**
 * Ways to lay one site out; the combination that fills a screen best wins. Wrapping and bounded
 * layering trade width for height; the other layerings and orders give the router other shapes.
 */
const variants: Record<string, string>[] = [
  {},
  ...['1', '1.5', '2', '3', '5'].map((ratio) => ({
    'elk.layered.wrapping.strategy': 'MULTI_EDGE',
    'elk.aspectRatio': ratio,
  })),
  ...['2', '3', '4', '5', '6', '7', '9'].map((bound) => ({
    'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
    'elk.layered.layering.coffmanGraham.layerBound': bound,
  })),
  { 'elk.layered.layering.strategy': 'LONGEST_PATH' },
  { 'elk.layered.layering.strategy': 'STRETCH_WIDTH' },
  { 'elk.layered.considerModelOrder.strategy': 'NONE' },
  { 'elk.layered.compaction.postCompaction.strategy': 'NONE' },
];

export interface LabelledBox {
  lines: string[];
  size: Size;
}

/** A component's box: its name wrapped to even lines, and the box that holds them with padding. */
export function measureComponent(component: Pick<Component, 'name'>, { textWidth, wrapText }: Measure): LabelledBox {
  const lines = wrapText(component.name, LABEL_FONT_SIZE, LABEL_FONT_WEIGHT);
  const widest = Math.max(...lines.map((l) => textWidth(l, LABEL_FONT_SIZE, LABEL_FONT_WEIGHT)));
  return {
    lines,
    size: {
      width: Math.max(NODE_MIN_WIDTH, Math.ceil(widest + 2 * LABEL_PAD_X + BORDER)),
      height: lines.length * LABEL_LINE_HEIGHT + 2 * LABEL_PAD_Y + BORDER,
    },
  };
}

interface SitePlan {
  id: string;
  kind: 'central' | 'edge';
  members: Component[];
  local: Link[];
  /** Port id → the components with a WAN link through it (edge site: one port; central: one per edge site). */
  ports: Map<string, Set<string>>;
  minWidth: number;
  /** Where the site's title (its kind badge and name) ends, from the site's left. */
  titleEnd: number;
}

interface SiteResult {
  size: Size;
  boxes: Record<string, Rect>;
  ports: Record<string, Point>;
  /** ELK's route per edge id (`local:<from->to>` or `wan:<component>@<port>`), in ELK's direction. */
  routes: Map<string, Point[]>;
}

const portId = (siteId: string, edgeSite: string) => `port:${siteId}:${edgeSite}`;
const localEdgeId = (l: Pick<Link, 'from' | 'to'>) => `local:${l.from}->${l.to}`;
const wanEdgeId = (component: string, port: string) => `wan:${component}@${port}`;

function sectionPoints(edge: ElkExtendedEdge): Point[] {
  const section = edge.sections?.[0];
  if (!section) return [];
  const all: ElkPoint[] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
  return all.map((p) => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }));
}

async function layoutSite(
  plan: SitePlan,
  sizes: ReadonlyMap<string, Size>,
  variant: Record<string, string>,
): Promise<SiteResult> {
  const portIds = [...plan.ports.keys()];
  const side = plan.kind === 'central' ? 'SOUTH' : 'NORTH';
  const edges: ElkExtendedEdge[] = [
    // Providers above the components that depend on them: ELK edges run from `to` to `from`.
    ...plan.local.map((l) => ({ id: localEdgeId(l), sources: [l.to], targets: [l.from] })),
    ...[...plan.ports].flatMap(([port, members]) =>
      [...members].map((c) =>
        plan.kind === 'central'
          ? { id: wanEdgeId(c, port), sources: [c], targets: [port] }
          : { id: wanEdgeId(c, port), sources: [port], targets: [c] },
      ),
    ),
  ];
  const site: ElkNode = {
    id: plan.id,
    layoutOptions: {
      ...baseOptions,
      ...variant,
      'elk.nodeSize.minimum': `(${plan.minWidth}, 0)`,
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      // An edge site's WAN port sits just past its title, so the lane up from it never crosses the name.
      ...(plan.kind === 'edge' ? { 'elk.portConstraints': 'FIXED_POS' } : {}),
    },
    // ELK orders ports clockwise: left to right on the top side, right to left on the bottom side.
    ports: portIds.map((id, i) => ({
      id,
      width: 1,
      height: 1,
      ...(plan.kind === 'edge' ? { x: plan.titleEnd, y: -1 } : {}),
      layoutOptions: { 'elk.port.side': side, 'elk.port.index': String(side === 'NORTH' ? i : portIds.length - 1 - i) },
    })),
    children: plan.members.map((c) => ({ id: c.id, ...sizes.get(c.id)! })),
    edges,
  };
  const result = await elk.layout({ id: 'root', layoutOptions: { 'elk.algorithm': 'layered' }, children: [site] });
  const laid = result.children![0]!;
  const boxes: Record<string, Rect> = {};
  for (const child of laid.children ?? [])
    boxes[child.id] = { x: Math.round(child.x!), y: Math.round(child.y!), width: child.width!, height: child.height! };
  const ports: Record<string, Point> = {};
  for (const port of laid.ports ?? [])
    ports[port.id] = { x: Math.round(port.x! + 0.5), y: side === 'NORTH' ? 0 : laid.height! };
  const routes = new Map<string, Point[]>();
  for (const edge of laid.edges ?? []) routes.set(edge.id, sectionPoints(edge));
  return { size: { width: Math.ceil(laid.width!), height: Math.ceil(laid.height!) }, boxes, ports, routes };
}

/**
 * The site laid out every way ELK manages, by variant (null where it failed: ELK's wrapping throws
 * on a few small shapes). The plain layout must always succeed.
 */
async function siteOptions(plan: SitePlan, sizes: ReadonlyMap<string, Size>): Promise<(SiteResult | null)[]> {
  const [plain, ...others] = variants;
  // Some variants (wrapping) move a port ELK was told to keep in place: not one whose WAN line crosses the title.
  const clearOfTitle = (r: SiteResult) =>
    plan.kind !== 'edge' || Object.values(r.ports).every((p) => p.x >= plan.titleEnd);
  const results = await Promise.all(
    others.map((v) =>
      layoutSite(plan, sizes, v)
        .then((r) => (clearOfTitle(r) ? r : null))
        .catch(() => null),
    ),
  );
  return [await layoutSite(plan, sizes, plain!), ...results];
}

/** What a site holds, by name: edge sites with the same shape are drawn alike (one variant per shape). */
function shapeOf(plan: SitePlan, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  return JSON.stringify([
    plan.members.map((c) => c.name).sort(),
    plan.local.map((l) => `${name(l.from)}>${name(l.to)}`).sort(),
    [...plan.ports.values()].map((members) => [...members].map(name).sort()),
  ]);
}

/** The canvases a fitted diagram must read well on: 1280×720 and 1440×900, less the page's header. */
// The canvas below the page's two header rows, less the fit's gutters (see GraphCanvas's FIT_PADDING).
const frames: Size[] = [
  { width: 1280 - 68, height: 624 - 24 },
  { width: 1440 - 68, height: 804 - 24 },
];
const fitZoom = (size: Size) => Math.min(...frames.map((f) => Math.min(f.width / size.width, f.height / size.height)));

function plans(arch: Architecture, { textWidth }: Measure): { central: SitePlan; edges: SitePlan[] } {
  const siteOf = new Map(arch.components.map((c) => [c.id, c.site]));
  const kindOf = new Map(arch.sites.map((s) => [s.id, s.kind]));
  const central = arch.sites.find((s) => s.kind === 'central')!;
  const edgeSites = arch.sites.filter((s) => s.kind === 'edge');
  const plan = (id: string, kind: 'central' | 'edge', name: string): SitePlan => {
    const nameWidth = textWidth(name, SITE_TITLE_FONT_SIZE, SITE_TITLE_FONT_WEIGHT);
    return {
      id,
      kind,
      members: arch.components.filter((c) => c.site === id),
      local: arch.links.filter((l) => l.over === 'local' && siteOf.get(l.from) === id),
      ports: new Map(),
      minWidth: Math.ceil(nameWidth + SITE_TITLE_EXTRA),
      titleEnd: Math.ceil(siteChip(kind).nameStart + nameWidth + 12),
    };
  };
  const centralPlan = plan(central.id, 'central', central.name);
  const edgePlans = edgeSites.map((s) => plan(s.id, 'edge', s.name));
  const edgePlan = new Map(edgePlans.map((p) => [p.id, p]));
  // Ports in the order of the edge sites, so the lanes between them never cross.
  for (const s of edgeSites) centralPlan.ports.set(portId(central.id, s.id), new Set());
  for (const link of arch.links) {
    if (link.over !== 'wan') continue;
    for (const end of [link.from, link.to]) {
      const site = siteOf.get(end)!;
      if (kindOf.get(site) === 'edge') {
        const p = edgePlan.get(site)!;
        const id = portId(site, 'wan');
        p.ports.set(id, (p.ports.get(id) ?? new Set()).add(end));
      }
    }
    const [a, b] = [siteOf.get(link.from)!, siteOf.get(link.to)!];
    const centralEnd = kindOf.get(a) === 'central' ? link.from : kindOf.get(b) === 'central' ? link.to : null;
    const edgeSite = kindOf.get(a) === 'edge' ? a : b;
    if (centralEnd) centralPlan.ports.get(portId(central.id, edgeSite))!.add(centralEnd);
  }
  for (const [id, members] of centralPlan.ports) if (members.size === 0) centralPlan.ports.delete(id);
  return { central: centralPlan, edges: edgePlans };
}

/** An architecture over the layout's bound (src/model/vocabulary.ts): laying it out could take minutes. */
export class LayoutBoundError extends Error {
  constructor(readonly problems: LayoutBoundProblem[]) {
    super(`too large to lay out: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'LayoutBoundError';
  }
}

export async function layoutArchitecture(arch: Architecture, measure: Measure): Promise<ArchitectureLayout> {
  // The validator refuses such a file; this guards every other caller (an editor laying out pasted text).
  const over = layoutBoundProblems(arch);
  if (over.length > 0) throw new LayoutBoundError(over);
  const measured = new Map(arch.components.map((c) => [c.id, measureComponent(c, measure)]));
  const sizes = new Map([...measured].map(([id, m]) => [id, m.size]));
  const { central, edges } = plans(arch, measure);
  const centralOptions = await siteOptions(central, sizes);
  const edgeOptions = await Promise.all(edges.map((p) => siteOptions(p, sizes)));
  const names = new Map(arch.components.map((c) => [c.id, c.name]));
  const shapeKeys = edges.map((p) => shapeOf(p, names));
  const shapes = [...new Set(shapeKeys)];
  const shapeIndex = shapeKeys.map((key) => shapes.indexOf(key));

  // One variant for the central site and one per edge-site shape, chosen by coordinate descent on how
  // large the whole picture is when fitted to the screens above: a few passes of shapes × variants
  // tries, where trying every combination would grow as variants^shapes. The plain layout wins near-ties.
  const layouts = (choice: readonly number[]) => ({
    central: centralOptions[choice[0]!],
    edges: edges.map((_, i) => edgeOptions[i]![choice[1 + shapeIndex[i]!]!]),
  });
  const score = (choice: readonly number[]) => {
    const { central: c, edges: e } = layouts(choice);
    if (!c || e.some((l) => !l)) return -1;
    return fitZoom(
      placeSites(
        { id: central.id, size: c.size },
        edges.map((p, i) => ({ id: p.id, size: e[i]!.size })),
      ),
    );
  };
  const plain = Array.from({ length: 1 + shapes.length }, () => 0);
  const plainScore = score(plain);
  let choice = plain;
  let best = plainScore;
  for (let round = 0, better = true; better && round < 4; round++) {
    better = false;
    for (let k = 0; k < choice.length; k++) {
      for (let v = 0; v < variants.length; v++) {
        const candidate = choice.with(k, v);
        const s = score(candidate);
        if (s > best) [choice, best, better] = [candidate, s, true];
      }
    }
  }
  if (best < plainScore * 1.03) choice = plain;
  const chosen = layouts(choice) as { central: SiteResult; edges: SiteResult[] };
  const placed = placeSites(
    { id: central.id, size: chosen.central.size },
    edges.map((p, i) => ({ id: p.id, size: chosen.edges[i]!.size })),
  );
  const bySite = new Map<string, SiteResult>([
    [central.id, chosen.central],
    ...edges.map((p, i) => [p.id, chosen.edges[i]!] as const),
  ]);

  const components: Record<string, Rect> = {};
  const labels: Record<string, string[]> = {};
  for (const result of bySite.values()) Object.assign(components, result.boxes);
  for (const [id, m] of measured) labels[id] = m.lines;

  const hubs: Record<string, Rect> = {};
  const edgePort = new Map<string, Point>();
  for (const p of edges) {
    const port = bySite.get(p.id)!.ports[portId(p.id, 'wan')];
    if (!port) continue;
    edgePort.set(p.id, port);
    hubs[p.id] = hubAbove(port.x, HUB_WIDTH);
  }

  const paths = assemblePaths(arch, placed.sites, bySite, edgePort, hubs, central.id);
  return { ...placed, components, labels, hubs, paths };
}

const reversed = (points: readonly Point[]) => points.toReversed();

/** The pieces drawn between boxes: each local link, each component's leg to a port, each edge site's lane. */
function assemblePaths(
  arch: Architecture,
  sites: Record<string, Rect>,
  bySite: ReadonlyMap<string, SiteResult>,
  edgePort: ReadonlyMap<string, Point>,
  hubs: Record<string, Rect>,
  centralId: string,
): Record<string, DrawnPath> {
  const siteOf = new Map(arch.components.map((c) => [c.id, c.site]));
  const centralRect = sites[centralId]!;
  const centralResult = bySite.get(centralId)!;
  const withLanes = arch.sites.filter((s) => s.kind === 'edge' && centralResult.ports[portId(centralId, s.id)]);
  const paths: Record<string, DrawnPath> = {};
  const use = (id: string, make: () => Omit<DrawnPath, 'links'>, link: string) => {
    paths[id] ??= { ...make(), links: [] };
    if (!paths[id].links.includes(link)) paths[id].links.push(link);
  };
  const hubTop = (edgeSite: string) => sites[edgeSite]!.y + hubs[edgeSite]!.y;
  /** From an edge site's port up through its hub to the height `laneY`, absolute. */
  const upToLane = (edgeSite: string, laneY: number): Point[] => {
    const rect = sites[edgeSite]!;
    const x = rect.x + edgePort.get(edgeSite)!.x;
    return [
      { x, y: rect.y },
      { x, y: laneY },
    ];
  };
  // A component's leg to its edge site's port (ELK drew it port → component, so it is read backwards).
  const edgeLeg = (component: string, site: string, link: string) =>
    use(
      `leg:${component}@${site}`,
      () => ({
        over: 'wan',
        edgeSite: site,
        start: component,
        end: null,
        legs: [
          { site, points: reversed(bySite.get(site)!.routes.get(wanEdgeId(component, portId(site, 'wan'))) ?? []) },
        ],
      }),
      link,
    );

  for (const link of arch.links) {
    const key = `${link.from}->${link.to}`;
    const [fromSite, toSite] = [siteOf.get(link.from)!, siteOf.get(link.to)!];
    if (link.over === 'local') {
      const points = reversed(bySite.get(fromSite)!.routes.get(localEdgeId(link)) ?? []);
      use(
        `local:${key}`,
        () => ({ over: 'local', edgeSite: null, start: link.from, end: link.to, legs: [{ site: fromSite, points }] }),
        key,
      );
      continue;
    }
    for (const [component, site] of [
      [link.from, fromSite],
      [link.to, toSite],
    ] as const) {
      if (site !== centralId) edgeLeg(component, site, key);
    }
    if (fromSite !== centralId && toSite !== centralId) {
      // Edge to edge: up through one hub, across just below the central site, down through the other.
      const [a, b] = [fromSite, toSite].sort();
      const lane = Math.min(hubTop(a!), hubTop(b!)) - 6;
      use(
        `across:${a}:${b}`,
        () => ({
          over: 'wan',
          edgeSite: a!,
          start: null,
          end: null,
          legs: [{ site: null, points: [...upToLane(a!, lane), ...reversed(upToLane(b!, lane))] }],
        }),
        key,
      );
      continue;
    }
    const [edgeSite, centralEnd] = fromSite === centralId ? [toSite, link.from] : [fromSite, link.to];
    const lane = withLanes.findIndex((s) => s.id === edgeSite);
    const top = centralRect.y + centralRect.height;
    const laneY = top + ((lane + 1) * (hubTop(edgeSite) - top)) / (withLanes.length + 1);
    const centralPort = centralResult.ports[portId(centralId, edgeSite)]!;
    use(
      `lane:${edgeSite}`,
      () => ({
        over: 'wan',
        edgeSite,
        start: null,
        end: null,
        legs: [
          {
            site: null,
            points: [
              ...upToLane(edgeSite, laneY),
              { x: centralRect.x + centralPort.x, y: laneY },
              { x: centralRect.x + centralPort.x, y: top },
            ],
          },
        ],
      }),
      key,
    );
    use(
      `leg:${centralEnd}@${edgeSite}`,
      () => ({
        over: 'wan',
        edgeSite,
        start: null,
        end: centralEnd,
        legs: [
          {
            site: centralId,
            points: reversed(centralResult.routes.get(wanEdgeId(centralEnd, portId(centralId, edgeSite))) ?? []),
          },
        ],
      }),
      key,
    );
  }
  const box = (component: string | null, site: string | null | undefined) =>
    component && site ? bySite.get(site)?.boxes[component] : undefined;
  for (const path of Object.values(paths)) {
    const [first, last] = [path.legs[0], path.legs.at(-1)];
    const endBox = box(path.end, last?.site);
    if (last && endBox) last.points = clipAtBox(last.points, endBox);
    const startBox = box(path.start, first?.site);
    if (first && startBox) first.points = clipAtBox(first.points.toReversed(), startBox).toReversed();
  }
  return paths;
}
