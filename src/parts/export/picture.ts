/**
 * The diagram as a standalone SVG made of plain elements (rect, path, polygon, text): drawn from the
 * same flow nodes and edge shapes as the canvas, in a palette of the caller's choice, with a title,
 * the cut state and a legend around it. No foreignObject, no CSS, no markers, so slide and drawing
 * tools (and non-browser renderers such as librsvg) show what the browser shows. Pure: no DOM.
 */
import type { Point, Rect } from '../../model/geometry';
import {
  LABEL_FONT_SIZE,
  LABEL_FONT_WEIGHT,
  LABEL_LINE_HEIGHT,
  SITE_HEADER,
  SITE_TITLE_FONT_SIZE,
  SITE_TITLE_FONT_WEIGHT,
  siteChip,
} from '../../model/typography';
import type { DisplayState } from '../../simulation/status';
import type { EdgeShape } from '../canvas/flow/paths';
import type { FlowNode } from '../canvas/flow/types';
import type { Palette } from './palette';
import { reasonOf } from '../../ui/statusLook';
import { absoluteBoxes, boundsOf, type NodeBox as Box } from '../canvas/flow/boxes';

export const FONT_FAMILY = "Inter, Arial, 'Liberation Sans', Helvetica, sans-serif";
const PAD = 24;
const HEADER = 84;
const LEGEND_ROW = 30;
const LEGEND_ITEM = 180;

export interface PictureInput {
  title: string;
  /** The cut state (and time into the cut), under the title. */
  subtitle: string;
  nodes: readonly FlowNode[];
  edges: readonly EdgeShape[];
  palette: Palette;
  /** Nodes brought forward (a tour step); the rest is dimmed. */
  focus?: ReadonlySet<string> | null;
  focusLinks?: ReadonlySet<string> | null;
  /** Only this part of the diagram (diagram coordinates); the whole diagram when absent. */
  crop?: Rect | null;
  /** Leave out the title band and the legend (a slide has its own title). */
  bare?: boolean;
  /** CSS for a <style> element, e.g. @font-face rules so a rasteriser draws with the shipped font. */
  fontCss?: string;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
  /** Where the diagram sits in the picture. */
  diagram: Rect;
  /** Diagram coordinates → picture coordinates: picture = (diagram - origin) + offset. */
  origin: Point;
  offset: Point;
}

export const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const n = (value: number) => String(Math.round(value * 10) / 10);

export { absoluteBoxes, boundsOf };

/** The pairs of numbers of a path's data, in order (the edge layer's paths are M, L and Q only). */
function pathPoints(d: string): Point[] {
  const numbers = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  const points: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  return points;
}

/** An arrowhead whose tip is `tip`, pointing away from `from` (7 px long, as on screen). */
function arrowhead(from: Point, tip: Point, fill: string, size: number, opacity: string): string {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size / 2;
  const points = [
    [tip.x, tip.y],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ]
    .map(([x, y]) => `${n(x!)},${n(y!)}`)
    .join(' ');
  return `<polygon points="${points}" fill="${fill}"${opacity}/>`;
}

interface Look {
  fill: string;
  stroke: string;
  text: string;
  dash: string | null;
  icon: string;
}

function statusLook(state: DisplayState, p: Palette): Look {
  switch (state) {
    case 'connected':
      return { fill: p.surface, stroke: p.border, text: p.text, dash: null, icon: '' };
    case 'operational':
      return { fill: p.okBg, stroke: p.ok, text: p.ok, dash: null, icon: '✓' };
    case 'degraded':
      return { fill: p.warnBg, stroke: p.warn, text: p.warn, dash: '6 3', icon: '◐' };
    case 'unavailable':
      return { fill: p.badBg, stroke: p.bad, text: p.bad, dash: '2 3', icon: '✕' };
  }
}

const dashAttr = (dash: string | null) => (dash ? ` stroke-dasharray="${dash}"` : '');

/** Baseline of a line of `size` px text centred on `centre` (Inter's and Arial's caps sit about 0.35 em above). */
const baseline = (centre: number, size: number) => centre + size * 0.36;

function siteSvg(box: Box, p: Palette): string {
  if (box.node.type !== 'site') return '';
  const { site, cut, counts } = box.node.data;
  const central = site.kind === 'central';
  const stroke = cut ? p.cut : central ? p.centralBorder : p.edgeBorder;
  const chip = siteChip(site.kind);
  const mid = baseline(box.y + SITE_HEADER / 2, SITE_TITLE_FONT_SIZE);
  let svg =
    `<g data-site="${escapeXml(site.id)}">` +
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="12" fill="${central ? p.central : p.edge}" stroke="${stroke}" stroke-width="${2 * p.lineScale}"${dashAttr(cut ? '8 5' : null)}/>` +
    `<rect x="${n(box.x + chip.left)}" y="${n(box.y + 8)}" width="${chip.width}" height="15" rx="3" fill="none" stroke="${p.muted}" stroke-width="1"/>` +
    `<text x="${n(box.x + chip.left + chip.width / 2)}" y="${n(baseline(box.y + 15.5, 11))}" font-size="11" font-weight="700" fill="${p.muted}" text-anchor="middle">${chip.label}</text>` +
    `<text x="${n(box.x + chip.nameStart)}" y="${n(mid)}" font-size="${SITE_TITLE_FONT_SIZE}" font-weight="${SITE_TITLE_FONT_WEIGHT}" fill="${p.text}">${escapeXml(site.name)}</text>`;
  if (counts) {
    svg +=
      `<text x="${n(box.x + box.width - 10)}" y="${n(baseline(box.y + SITE_HEADER / 2, 12))}" font-size="12" font-weight="600" text-anchor="end">` +
      `<tspan fill="${p.ok}">✓${counts.operational}</tspan> <tspan fill="${p.warn}">◐${counts.degraded}</tspan> <tspan fill="${p.bad}">✕${counts.unavailable}</tspan></text>`;
  }
  return `${svg}</g>`;
}

function componentSvg(box: Box, p: Palette, dimmed: boolean, focused: boolean): string {
  if (box.node.type !== 'component') return '';
  const { data } = box.node;
  const look = statusLook(data.status.state, p);
  const fill = dimmed ? p.background : look.fill;
  const stroke = dimmed ? p.border : look.stroke;
  const textFill = dimmed ? p.muted : p.text;
  const lines = data.lines.length > 0 ? data.lines : [data.name];
  const top = box.y + (box.height - lines.length * LABEL_LINE_HEIGHT) / 2;
  const cx = box.x + box.width / 2;
  let svg = `<g data-component="${escapeXml(box.node.id)}">`;
  if (focused)
    svg += `<rect x="${n(box.x - 4)}" y="${n(box.y - 4)}" width="${n(box.width + 8)}" height="${n(box.height + 8)}" rx="11" fill="none" stroke="${p.accent}" stroke-width="${2.5 * p.lineScale}"/>`;
  svg += `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${2 * p.lineScale}"${dashAttr(look.dash)}/>`;
  // One <text> per component, so a search for the name finds it whole.
  svg += `<text x="${n(cx)}" y="${n(top)}" font-size="${LABEL_FONT_SIZE}" font-weight="${LABEL_FONT_WEIGHT}" fill="${textFill}" text-anchor="middle">`;
  // The text reads as the name: a space where the name wrapped at one, none where it wrapped after "-" or "/".
  let read = '';
  lines.forEach((line, i) => {
    read += line;
    const space = i < lines.length - 1 && data.name.startsWith(`${read} `) ? ' ' : '';
    read += space;
    svg += `<tspan x="${n(cx)}" y="${n(baseline(top + (i + 0.5) * LABEL_LINE_HEIGHT, LABEL_FONT_SIZE))}">${escapeXml(line)}${space}</tspan>`;
  });
  svg += `</text>`;
  if (look.icon && !dimmed) {
    const { mark } = reasonOf(data.status);
    const label = `${look.icon}${mark}`;
    const w = mark ? 30 : 18;
    const bx = box.x + box.width + 8 - w;
    const by = box.y - 11;
    svg +=
      `<rect x="${n(bx)}" y="${n(by)}" width="${w}" height="17" rx="8.5" fill="${look.fill}" stroke="${look.stroke}" stroke-width="1.5"/>` +
      `<text x="${n(bx + w / 2)}" y="${n(baseline(by + 8.5, 11))}" font-size="11" font-weight="700" fill="${look.text}" text-anchor="middle">${label}</text>`;
  }
  if (data.optional) {
    const bx = box.x - 8;
    const by = box.y + box.height - 6;
    svg +=
      `<rect x="${n(bx)}" y="${n(by)}" width="26" height="16" rx="8" fill="${p.surface}" stroke="${p.border}" stroke-width="1.5"/>` +
      `<text x="${n(bx + 13)}" y="${n(baseline(by + 8, 10))}" font-size="10" font-weight="700" fill="${p.muted}" text-anchor="middle">opt</text>`;
  }
  return `${svg}</g>`;
}

function hubSvg(box: Box, p: Palette, dimmed: boolean): string {
  if (box.node.type !== 'hub') return '';
  const { severed, siteId } = box.node.data;
  const stroke = dimmed ? p.border : severed ? p.cut : p.wan;
  return (
    `<g data-hub="${escapeXml(siteId)}">` +
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${n(box.height / 2)}" fill="${severed ? p.badBg : p.surface}" stroke="${stroke}" stroke-width="${2 * p.lineScale}"${dashAttr(severed ? '2 3' : '5 3')}/>` +
    `<text x="${n(box.x + box.width / 2)}" y="${n(baseline(box.y + box.height / 2, 12))}" font-size="12" font-weight="700" fill="${dimmed ? p.muted : severed ? p.cut : p.text}" text-anchor="middle">${severed ? 'WAN cut' : 'WAN link'}</text></g>`
  );
}

function fleetSvg(box: Box, p: Palette): string {
  if (box.node.type !== 'fleet') return '';
  const tiles = box.node.data.tiles
    .map(
      (t) =>
        `<rect x="${n(box.x + t.x)}" y="${n(box.y + t.y)}" width="${n(t.width)}" height="${n(t.height)}" rx="24" fill="${t.cut ? p.badBg : p.edge}" stroke="${t.cut ? p.cut : p.edgeBorder}" stroke-width="${t.cut ? 24 : 12}"/>`,
    )
    .join('');
  return `<g data-fleet="${box.node.data.tiles.length}">${tiles}</g>`;
}

function edgeSvg(shape: EdgeShape, p: Palette, focused: boolean, dimmed: boolean): string {
  const colour = shape.severed ? p.cut : focused ? p.accent : shape.over === 'wan' ? p.wan : p.local;
  const width = (shape.severed ? 2.2 : focused ? 2.6 : shape.over === 'wan' ? 2.2 : 1.6) * p.lineScale;
  const dash = shape.severed ? '2 6' : shape.over === 'wan' ? '9 5' : null;
  const opacity = dimmed ? ' opacity="0.18"' : '';
  const cap = shape.severed ? ' stroke-linecap="round"' : '';
  const offset = dash && shape.dashOffset ? ` stroke-dashoffset="${n(shape.dashOffset)}"` : '';
  let svg = `<path d="${shape.d}" fill="none" stroke="${colour}" stroke-width="${n(width)}" stroke-linejoin="round"${dashAttr(dash)}${offset}${cap}${opacity}/>`;
  const points = pathPoints(shape.d);
  if (points.length >= 2) {
    if (shape.arrowEnd) svg += arrowhead(points.at(-2)!, points.at(-1)!, colour, 7 * p.lineScale, opacity);
    if (shape.arrowStart) svg += arrowhead(points[1]!, points[0]!, colour, 7 * p.lineScale, opacity);
  }
  return svg;
}

interface LegendItem {
  label: string;
  draw: (x: number, y: number) => string;
}

function legendItems(p: Palette): LegendItem[] {
  const line =
    (stroke: string, width: number, dash: string | null, cap = '') =>
    (x: number, y: number) =>
      `<line x1="${x}" y1="${y}" x2="${x + 30}" y2="${y}" stroke="${stroke}" stroke-width="${width}"${dashAttr(dash)}${cap}/>`;
  const box = (state: DisplayState) => (x: number, y: number) => {
    const look = statusLook(state, p);
    return (
      `<rect x="${x}" y="${y - 9}" width="30" height="18" rx="4" fill="${look.fill}" stroke="${look.stroke}" stroke-width="2"${dashAttr(look.dash)}/>` +
      `<text x="${x + 15}" y="${n(baseline(y, 12))}" font-size="12" font-weight="700" fill="${look.text}" text-anchor="middle">${look.icon}</text>`
    );
  };
  return [
    { label: 'WAN link', draw: line(p.wan, 2.5, '9 5') },
    { label: 'Local link', draw: line(p.local, 1.6, null) },
    { label: 'Cut WAN link', draw: line(p.cut, 2.5, '2 6', ' stroke-linecap="round"') },
    { label: 'Operational', draw: box('operational') },
    { label: 'Degraded', draw: box('degraded') },
    { label: 'Unavailable', draw: box('unavailable') },
  ];
}

export function buildPicture(input: PictureInput): Picture {
  const { palette: p, focus = null, focusLinks = null, bare = false } = input;
  const boxes = absoluteBoxes(input.nodes);
  const whole = boundsOf(boxes.filter((b) => !b.node.parentId));
  const area = input.crop ?? whole;
  const diagramWidth = Math.ceil(area.width);
  const diagramHeight = Math.ceil(area.height);
  const pad = bare ? 0 : PAD;
  // A very wide diagram (a fleet) gets a title and legend to match, so they stay readable when it is shrunk.
  const chrome = bare ? 1 : Math.max(1, diagramWidth / 1800);
  // Whole pixels: the PNG is exactly twice the SVG's size (a wide diagram's chrome scale is fractional).
  const width = Math.ceil(Math.max(diagramWidth + 2 * pad, bare ? 0 : 760 * chrome));
  const perRow = Math.max(1, Math.floor((width / chrome - 2 * PAD) / LEGEND_ITEM));
  const items = legendItems(p);
  const legendHeight = bare ? 0 : (Math.ceil(items.length / perRow) * LEGEND_ROW + PAD) * chrome;
  const header = bare ? 0 : HEADER * chrome;
  const height = Math.ceil(header + diagramHeight + legendHeight + (bare ? 0 : pad));
  const offset = { x: (width - diagramWidth) / 2, y: header };
  const origin = { x: area.x, y: area.y };

  const dimmedNode = (id: string) => !!focus && !focus.has(id);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(input.subtitle)}</desc>`,
  );
  if (input.fontCss) parts.push(`<style>${input.fontCss}</style>`);
  parts.push(`<rect width="${width}" height="${height}" fill="${p.background}"/>`);
  if (!bare) {
    parts.push(
      chrome > 1 ? `<g transform="scale(${n(chrome)})">` : '<g>',
      `<text x="${PAD}" y="42" font-size="26" font-weight="700" fill="${p.text}">${escapeXml(input.title)}</text>`,
      `<text x="${PAD}" y="70" font-size="16" font-weight="400" fill="${p.muted}">${escapeXml(input.subtitle)}</text>`,
      '</g>',
    );
  }
  const clip = input.crop
    ? `<clipPath id="diagram-area"><rect x="${n(area.x)}" y="${n(area.y)}" width="${n(area.width)}" height="${n(area.height)}"/></clipPath>`
    : '';
  parts.push(
    clip,
    `<g transform="translate(${n(offset.x - origin.x)} ${n(offset.y - origin.y)})"${clip ? ' clip-path="url(#diagram-area)"' : ''}>`,
  );
  // As on screen: site boxes, then the links, then the components and hubs above them.
  for (const box of boxes) if (box.node.type === 'site') parts.push(siteSvg(box, p));
  for (const box of boxes) if (box.node.type === 'fleet') parts.push(fleetSvg(box, p));
  parts.push('<g data-layer="links">');
  for (const shape of input.edges) {
    const focused = !!focusLinks && shape.links.some((key) => focusLinks.has(key));
    parts.push(edgeSvg(shape, p, focused, !!focus && !focused));
  }
  parts.push('</g>');
  for (const box of boxes) {
    if (box.node.type === 'component')
      parts.push(componentSvg(box, p, dimmedNode(box.node.id), !!focus && focus.has(box.node.id)));
    else if (box.node.type === 'hub') parts.push(hubSvg(box, p, dimmedNode(box.node.id)));
  }
  parts.push('</g>');
  if (!bare) {
    parts.push(`<g transform="translate(0 ${n(header + diagramHeight + pad)}) scale(${n(chrome)})">`);
    const top = 0;
    items.forEach((item, i) => {
      const x = PAD + (i % perRow) * LEGEND_ITEM;
      const y = top + Math.floor(i / perRow) * LEGEND_ROW + 9;
      parts.push(
        item.draw(x, y),
        `<text x="${x + 40}" y="${n(baseline(y, 14))}" font-size="14" font-weight="400" fill="${p.text}">${escapeXml(item.label)}</text>`,
      );
    });
    parts.push('</g>');
  }
  parts.push('</svg>');
  return {
    svg: parts.join(''),
    width,
    height,
    diagram: { x: offset.x, y: offset.y, width: diagramWidth, height: diagramHeight },
    origin,
    offset,
  };
}
