/**
 * The diagram as a draw.io (diagrams.net) file, so the group can keep editing it: each site a
 * container, each component a box inside it (at the build's layout, sized to its label, coloured by its
 * state under the cut), each link a connector from the dependent to what it depends on (WAN links
 * dashed, cut ones dotted red). Pure: the XML text.
 */
import type { ArchitectureLayout } from '../../model/geometry';
import type { Architecture } from '../../model/schema';
import type { CutResolution } from '../../simulation/cut';
import type { ComponentState, DisplayState } from '../../simulation/status';
import type { Palette } from './palette';
import { escapeXml } from './picture';

/** draw.io keeps ids as they are; prefixes keep sites, components and links apart. */
const cellId = (kind: 's' | 'c' | 'l', id: string) => `${kind}-${id}`;
const style = (entries: Record<string, string | number>) =>
  Object.entries(entries)
    .map(([k, v]) => `${k}=${v}`)
    .join(';') + ';';

function stateStyle(state: DisplayState, p: Palette): Record<string, string | number> {
  switch (state) {
    case 'connected':
      return { fillColor: p.surface, strokeColor: p.local };
    case 'operational':
      return { fillColor: p.okBg, strokeColor: p.ok };
    case 'degraded':
      return { fillColor: p.warnBg, strokeColor: p.warn, dashed: 1, dashPattern: '6 3' };
    case 'unavailable':
      return { fillColor: p.badBg, strokeColor: p.bad, dashed: 1, dashPattern: '2 3' };
  }
}

export interface DrawioInput {
  architecture: Pick<Architecture, 'id' | 'name' | 'sites' | 'components' | 'links'>;
  layout: Pick<ArchitectureLayout, 'sites' | 'components' | 'labels'>;
  resolution: CutResolution;
  states: ReadonlyMap<string, ComponentState>;
  caption: string;
  palette: Palette;
}

export function toDrawio({ architecture, layout, resolution, states, caption, palette: p }: DrawioInput): string {
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  const central = architecture.sites.find((s) => s.kind === 'central');
  const siteCut = (siteId: string) =>
    siteId === central?.id ? resolution.centralDown : resolution.cutSites.has(siteId);
  let bottom = 0;
  for (const site of architecture.sites) {
    const rect = layout.sites[site.id];
    if (!rect) continue;
    bottom = Math.max(bottom, rect.y + rect.height);
    const cut = siteCut(site.id);
    const isCentral = site.kind === 'central';
    const value = `${isCentral ? 'Central' : 'Edge'}: ${site.name}${cut ? (isCentral ? ' (failed)' : ' (cut off)') : ''}`;
    cells.push(
      `<mxCell id="${escapeXml(cellId('s', site.id))}" value="${escapeXml(value)}" style="${style({
        shape: 'swimlane',
        startSize: 30,
        rounded: 1,
        arcSize: 4,
        container: 1,
        collapsible: 0,
        html: 0,
        fontStyle: 1,
        fontSize: 15,
        align: 'left',
        spacingLeft: 10,
        fillColor: isCentral ? p.central : p.edge,
        swimlaneFillColor: isCentral ? p.central : p.edge,
        strokeColor: cut ? p.cut : isCentral ? p.centralBorder : p.edgeBorder,
        strokeWidth: 2,
        ...(cut ? { dashed: 1, dashPattern: '8 5' } : {}),
      })}" vertex="1" parent="1"><mxGeometry x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" as="geometry"/></mxCell>`,
    );
  }
  for (const c of architecture.components) {
    const box = layout.components[c.id];
    if (!box) continue;
    const state = states.get(c.id)?.state ?? 'connected';
    const lines = layout.labels[c.id] ?? [c.name];
    const value = lines.map(escapeXml).join('&#10;');
    cells.push(
      `<mxCell id="${escapeXml(cellId('c', c.id))}" value="${value}" tooltip="${escapeXml(`${c.layer} · ${state}`)}" style="${style(
        {
          rounded: 1,
          whiteSpace: 'wrap',
          html: 0,
          fontStyle: 1,
          fontSize: 14,
          strokeWidth: 2,
          fontColor: p.text,
          ...stateStyle(state, p),
        },
      )}" vertex="1" parent="${escapeXml(cellId('s', c.site))}"><mxGeometry x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" as="geometry"/></mxCell>`,
    );
  }
  const siteOf = new Map(architecture.components.map((c) => [c.id, c.site]));
  architecture.links.forEach((link) => {
    const wan = link.over === 'wan';
    const severed =
      wan && (resolution.centralDown || siteCut(siteOf.get(link.from) ?? '') || siteCut(siteOf.get(link.to) ?? ''));
    cells.push(
      `<mxCell id="${escapeXml(cellId('l', `${link.from}->${link.to}`))}" value="${escapeXml(link.label)}" style="${style(
        {
          edgeStyle: 'orthogonalEdgeStyle',
          rounded: 1,
          html: 0,
          endArrow: 'block',
          endFill: 1,
          fontSize: 11,
          labelBackgroundColor: p.background,
          strokeColor: severed ? p.cut : wan ? p.wan : p.local,
          strokeWidth: wan ? 2 : 1.5,
          ...(severed ? { dashed: 1, dashPattern: '2 6' } : wan ? { dashed: 1, dashPattern: '9 5' } : {}),
        },
      )}" edge="1" parent="1" source="${escapeXml(cellId('c', link.from))}" target="${escapeXml(cellId('c', link.to))}"><mxGeometry relative="1" as="geometry"/></mxCell>`,
    );
  });
  cells.push(
    `<mxCell id="caption" value="${escapeXml(`${architecture.name}: ${caption}`)}" style="text;html=0;fontSize=16;fontStyle=1;align=left;verticalAlign=top;" vertex="1" parent="1"><mxGeometry x="0" y="${bottom + 24}" width="900" height="30" as="geometry"/></mxCell>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<mxfile host="Edge Architecture Explorer" type="device">` +
    `<diagram id="${escapeXml(architecture.id)}" name="${escapeXml(architecture.name)}">` +
    `<mxGraphModel grid="0" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">` +
    `<root>${cells.join('')}</root></mxGraphModel></diagram></mxfile>\n`
  );
}
