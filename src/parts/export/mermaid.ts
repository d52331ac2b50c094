/** The architecture as Mermaid flowchart text, to paste into wikis and Markdown, with the cut and time marked. */
import type { Architecture } from '../../model/schema';
import { statusValues } from '../../model/vocabulary';
import { PRINT_PALETTE } from './palette';
import type { CutResolution } from '../../simulation/cut';
import type { ComponentState } from '../../simulation/status';

/**
 * Mermaid ids must be plain: letters, digits and `_`. Ids of the data are kebab-case (never `--`), so
 * `-` → `_` is one to one, and anything else, written `__u<code point>_`, cannot meet such an id. Components and sites get prefixes of their
 * own, so no component id can name a subgraph (a component `site-edge` and the site `edge` were both
 * `n_site_edge`), and no id is a Mermaid keyword (`end`, `graph`, `subgraph`, `style`, `class`, `click`).
 * Labels are quoted with entities, so any text is safe.
 */
const plain = (id: string) =>
  id.replace(/[^a-z0-9]/g, (c) => (c === '-' ? '_' : `__u${c.codePointAt(0)!.toString(16)}_`));
const nodeId = (componentId: string) => `c_${plain(componentId)}`;
const subgraphId = (siteId: string) => `s_${plain(siteId)}`;
const label = (text: string) =>
  `"${text.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))}"`;

export interface MermaidCut {
  resolution: CutResolution;
  /** The cut and time in words, e.g. "Cut off: dcn0, 10 min into the cut". */
  caption: string;
}

export function toMermaid(
  arch: Pick<Architecture, 'name' | 'sites' | 'components' | 'links'>,
  states?: ReadonlyMap<string, ComponentState>,
  cut?: MermaidCut,
): string {
  const cutting = !!cut && (cut.resolution.centralDown || cut.resolution.cutSites.size > 0);
  const title = `${arch.name.replace(/\n/g, ' ')}${cutting ? ` (${cut.caption})` : ''}`;
  // Quoted: a plain YAML value may not hold ": ", which a cut's caption has.
  const lines = ['---', `title: ${JSON.stringify(title.replace(/[\r\n]/g, ' '))}`, '---', 'flowchart TB'];
  if (cutting) lines.push(`  %% ${cut.caption.replace(/[\r\n]/g, ' ')}`);
  const siteOf = new Map(arch.components.map((c) => [c.id, c.site]));
  const centralId = arch.sites.find((s) => s.kind === 'central')?.id;
  const isCut = (siteId: string | undefined) =>
    !!cut && !!siteId && (siteId === centralId ? cut.resolution.centralDown : cut.resolution.cutSites.has(siteId));
  for (const site of arch.sites) {
    const siteCut = isCut(site.id) || (!!cut && cut.resolution.centralDown);
    const kind = site.kind === 'central' ? 'Central' : 'Edge';
    const mark = siteCut ? (site.kind === 'central' ? ' ✕ failed' : ' ✂ cut off') : '';
    lines.push(`  subgraph ${subgraphId(site.id)}[${label(`${kind}: ${site.name}${mark}`)}]`);
    for (const c of arch.components.filter((member) => member.site === site.id)) {
      const state = states?.get(c.id)?.state;
      const suffix = state && state !== 'connected' ? ` (${state})` : '';
      lines.push(`    ${nodeId(c.id)}[${label(`${c.name}${suffix}`)}]`);
    }
    lines.push('  end');
  }
  const severed: number[] = [];
  arch.links.forEach((link, index) => {
    const cutLink =
      link.over === 'wan' &&
      !!cut &&
      (cut.resolution.centralDown || isCut(siteOf.get(link.from)) || isCut(siteOf.get(link.to)));
    if (cutLink) severed.push(index);
    const arrow = link.over === 'wan' ? '-.->' : '-->';
    const tag = link.over === 'wan' ? `${cutLink ? '✂ cut WAN' : 'WAN'}: ${link.label}` : link.label;
    lines.push(`  ${nodeId(link.from)} ${arrow}|${label(tag)}| ${nodeId(link.to)}`);
  });
  if (states) {
    // The print colours of the pictures, and the status patterns of the diagram (solid, dashed, dotted).
    const { ok, warn, bad } = PRINT_PALETTE;
    lines.push(
      `  classDef operational stroke:${ok},stroke-width:3px`,
      `  classDef degraded stroke:${warn},stroke-width:3px,stroke-dasharray:6 3`,
      `  classDef unavailable stroke:${bad},stroke-width:3px,stroke-dasharray:2 3`,
    );
    for (const status of statusValues) {
      const ids = arch.components.filter((c) => states.get(c.id)?.state === status).map((c) => nodeId(c.id));
      if (ids.length) lines.push(`  class ${ids.join(',')} ${status}`);
    }
  }
  if (severed.length > 0)
    lines.push(`  linkStyle ${severed.join(',')} stroke:${PRINT_PALETTE.cut},stroke-width:2px,stroke-dasharray:2 4`);
  return `${lines.join('\n')}\n`;
}
