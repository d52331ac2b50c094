/** The architecture as Mermaid flowchart text, to paste into wikis and Markdown. */
import type { Architecture } from '../../model/schema';
import type { ComponentState } from '../../simulation/status';

/** Mermaid node ids must be plain; labels are quoted with entities so any text is safe. */
const nodeId = (id: string) => `n_${id.replace(/[^a-zA-Z0-9]/g, '_')}`;
const label = (text: string) =>
  `"${text.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))}"`;

export function toMermaid(
  arch: Pick<Architecture, 'name' | 'sites' | 'components' | 'links'>,
  states?: ReadonlyMap<string, ComponentState>,
): string {
  const lines = ['---', `title: ${arch.name.replace(/\n/g, ' ')}`, '---', 'flowchart TB'];
  for (const site of arch.sites) {
    lines.push(
      `  subgraph ${nodeId(`site-${site.id}`)}[${label(`${site.kind === 'central' ? 'Central' : 'Edge'}: ${site.name}`)}]`,
    );
    for (const c of arch.components.filter((member) => member.site === site.id)) {
      const state = states?.get(c.id)?.state;
      const suffix = state && state !== 'connected' ? ` (${state})` : '';
      lines.push(`    ${nodeId(c.id)}[${label(`${c.name}${suffix}`)}]`);
    }
    lines.push('  end');
  }
  for (const link of arch.links) {
    const arrow = link.over === 'wan' ? '-.->' : '-->';
    const tag = link.over === 'wan' ? `WAN: ${link.label}` : link.label;
    lines.push(`  ${nodeId(link.from)} ${arrow}|${label(tag)}| ${nodeId(link.to)}`);
  }
  if (states) {
    lines.push(
      '  classDef operational stroke:#15803d,stroke-width:3px',
      '  classDef degraded stroke:#a16207,stroke-width:3px,stroke-dasharray:6 3',
      '  classDef unavailable stroke:#b91c1c,stroke-width:3px,stroke-dasharray:2 3',
    );
    for (const status of ['operational', 'degraded', 'unavailable'] as const) {
      const ids = arch.components.filter((c) => states.get(c.id)?.state === status).map((c) => nodeId(c.id));
      if (ids.length) lines.push(`  class ${ids.join(',')} ${status}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
