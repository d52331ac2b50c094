import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../../test/fixtureData';
import { resolveCut } from '../../simulation/cut';
import { componentStates, NORMAL } from '../../simulation/status';
import { summariseCut } from '../../simulation/cutSummary';
import { expandFleet } from '../../simulation/fleet';
import { toDrawio } from './drawio';
import { cutSummaryMarkdown } from './markdown';
import { markdownCell } from '../../model/markdown';
import { toMermaid } from './mermaid';
import { PRINT_PALETTE, paletteTokens } from './palette';
import { readFileSync } from 'node:fs';
import { buildPicture, escapeXml } from './picture';
import { scaleWithinLimits, TooLargeError, MAX_SIDE } from './png';
import { sceneOf } from './scene';
import { bodyLayout, SLIDE } from './slides';

describe('exports', async () => {
  const bundle = await tinyBundle();
  const { architecture, layout } = bundle;
  const at = (cut: Parameters<typeof resolveCut>[1], t: number | null = null) => {
    const resolution = resolveCut(architecture, cut);
    const states = componentStates(architecture, resolution, t ?? 0);
    return { resolution, states, scene: sceneOf(bundle, { resolution, seconds: t ?? 0, conditions: NORMAL }, states) };
  };

  it('draws the diagram as plain SVG: every name as text, no foreignObject, no CSS, an arrowhead per provider end', () => {
    const { scene } = at({ kind: 'sites', sites: ['east'] }, 300);
    expect(scene.caption).toBe('Cut off: East, 5 min into the cut');
    const picture = buildPicture({
      title: architecture.name,
      subtitle: scene.caption,
      nodes: scene.flow.nodes,
      edges: scene.flow.edges,
      palette: PRINT_PALETTE,
    });
    expect(picture.svg).not.toMatch(/foreignObject|style=|<style|class=/);
    for (const c of architecture.components) expect(picture.svg).toContain(`>${escapeXml(c.name)}</tspan>`);
    expect(picture.svg).toContain('5 min into the cut');
    const arrows =
      scene.flow.edges.filter((e) => e.arrowEnd).length + scene.flow.edges.filter((e) => e.arrowStart).length;
    expect(picture.svg.match(/<polygon /g)?.length).toBe(arrows);
    // The frame holds the diagram whole, with room for title and legend.
    expect(picture.diagram.width).toBe(Math.ceil(layout.width));
    expect(picture.width).toBeGreaterThanOrEqual(picture.diagram.width);
    expect(picture.height).toBeGreaterThan(picture.diagram.y + picture.diagram.height);
  });

  it('crops to a region and dims what is not in focus', () => {
    const { scene } = at({ kind: 'none' });
    const picture = buildPicture({
      title: 't',
      subtitle: 's',
      nodes: scene.flow.nodes,
      edges: scene.flow.edges,
      palette: PRINT_PALETTE,
      focus: new Set(['api']),
      crop: { x: 0, y: 0, width: 200, height: 100 },
      bare: true,
    });
    expect(picture.width).toBe(200);
    expect(picture.height).toBe(100);
    expect(picture.svg).toContain('clip-path="url(#diagram-area)"');
    expect(picture.svg).toContain(`stroke="${PRINT_PALETTE.accent}"`);
  });

  it('draws a large fleet as tiles, not thousands of boxes', () => {
    const fleet = expandFleet(bundle, 200);
    const resolution = resolveCut(fleet.architecture, { kind: 'all' });
    const scene = sceneOf(
      fleet,
      { resolution, seconds: 0, conditions: NORMAL },
      componentStates(fleet.architecture, resolution),
    );
    expect(scene.tiled).toBe(true);
    const svg = buildPicture({
      title: 'f',
      subtitle: scene.caption,
      nodes: scene.flow.nodes,
      edges: scene.flow.edges,
      palette: PRINT_PALETTE,
    }).svg;
    expect(svg).toContain('data-fleet="200"');
    expect(svg.length).toBeLessThan(200_000);
  });

  it('keeps a PNG within the canvas limits, and refuses one that would not be legible', () => {
    expect(scaleWithinLimits(1000, 800, 2)).toBe(2);
    expect(scaleWithinLimits(12_000, 3000, 2) * 12_000).toBeLessThanOrEqual(MAX_SIDE);
    expect(() => scaleWithinLimits(200_000, 100_000, 2)).toThrow(TooLargeError);
  });

  it('writes draw.io XML: sites as containers, components inside, links as connectors', () => {
    const { resolution, states } = at({ kind: 'sites', sites: ['east'] });
    const xml = toDrawio({
      architecture,
      layout,
      resolution,
      states,
      caption: 'Cut off: East',
      palette: PRINT_PALETTE,
    });
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('value="Edge: East (cut off)"');
    for (const c of architecture.components) expect(xml).toContain(`id="c-${c.id}"`);
    for (const c of architecture.components) expect(xml).toContain(`parent="s-${c.site}"`);
    for (const l of architecture.links) expect(xml).toContain(`source="c-${l.from}" target="c-${l.to}"`);
    expect(xml.match(/edge="1"/g)?.length).toBe(architecture.links.length);
  });

  it('marks the cut and the time in Mermaid, with the cut WAN links styled', () => {
    const { resolution, states } = at({ kind: 'sites', sites: ['east'] }, 300);
    const text = toMermaid(architecture, states, { resolution, caption: 'Cut off: East, 5 min into the cut' });
    expect(text).toContain('title: "Tiny (Cut off: East, 5 min into the cut)"');
    expect(text).toContain('%% Cut off: East, 5 min into the cut');
    expect(text).toContain('Edge: East ✂ cut off');
    expect(text).toMatch(/linkStyle [\d,]+ stroke:#b91c1c/);
    expect(text).toContain('✂ cut WAN');
  });

  it('gives Mermaid ids that meet no subgraph, no other component and no keyword, whatever the component ids', () => {
    const component = (id: string, site: string) => ({ ...architecture.components[0]!, id, site, name: `Box ${id}` });
    const keywords = ['end', 'graph', 'subgraph', 'style', 'class', 'classDef', 'click', 'flowchart', 'direction'];
    const hostile = {
      name: 'Ids',
      sites: [
        { id: 'edge', name: 'Edge', kind: 'edge' as const },
        { id: 'central', name: 'Central', kind: 'central' as const },
        { id: 'end', name: 'End', kind: 'edge' as const },
      ],
      components: [
        component('site-edge', 'edge'),
        component('edge', 'edge'),
        component('site-central', 'central'),
        component('site-end', 'end'),
        ...keywords.map((k) => component(k.toLowerCase(), 'end')),
      ],
      links: [
        { from: 'site-edge', to: 'site-central', over: 'wan' as const, label: 'RPC' },
        { from: 'end', to: 'edge', over: 'local' as const, label: 'calls' },
      ],
    };
    const text = toMermaid(hostile);
    const subgraphs = [...text.matchAll(/^ {2}subgraph (\S+)\[/gm)].map((m) => m[1]!);
    const nodes = [...text.matchAll(/^ {4}(\S+)\[/gm)].map((m) => m[1]!);
    expect(subgraphs).toHaveLength(hostile.sites.length);
    expect(nodes).toHaveLength(hostile.components.length);
    const all = [...subgraphs, ...nodes];
    expect(new Set(all).size, all.join(' ')).toBe(all.length);
    const reserved = new Set(keywords.map((k) => k.toLowerCase()));
    for (const id of all) {
      expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(reserved.has(id.toLowerCase()), id).toBe(false);
    }
    // Every link joins two declared nodes.
    for (const [, from, to] of text.matchAll(/^ {2}(\S+) -\.?->?\|.*\| (\S+)$/gm)) {
      expect(nodes).toContain(from);
      expect(nodes).toContain(to);
    }
    expect(text.match(/^ {2}\S+ -\.?->?\|/gm)).toHaveLength(hostile.links.length);
  });

  it('copies the cut summary as a Markdown table, one row per component', () => {
    const { resolution, states } = at({ kind: 'sites', sites: ['east'] }, 300);
    const summary = summariseCut(architecture, resolution, states);
    const md = cutSummaryMarkdown(
      architecture,
      'Cut off: East, 5 min into the cut',
      summary,
      states,
      'https://x.org/#/',
    );
    expect(md).toContain('| Site | Component | State | Now |');
    expect(md.trimEnd().split('\n').at(-1)).toBe('From the Edge Architecture Explorer: <https://x.org/#/>');
    const east = architecture.components.filter((c) => c.site === 'east');
    for (const c of east) expect(md).toContain(`| East | ${markdownCell(c.name)} |`);
    expect(md).toContain('The API evicts the site');
    expect(
      md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Site') && !l.startsWith('| ---')).length,
    ).toBe(east.length + architecture.components.filter((c) => c.site === 'hq').length);
  });

  it('prints in the light theme of the stylesheet, on white', () => {
    const css = readFileSync('src/app/styles.css', 'utf8');
    const root = /:root\s*\{([^}]*)\}/.exec(css)![1]!;
    const light = Object.fromEntries([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
    for (const [key, variable] of Object.entries(paletteTokens)) {
      const expected = key === 'background' ? '#ffffff' : light[variable];
      expect(PRINT_PALETTE[key as keyof typeof paletteTokens], key).toBe(expected);
    }
  });

  it('writes hostile names as literal text: no HTML, image, link or emphasis gets through', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '![x](https://evil.example/t.png)',
      '[x](javascript:alert(1))',
      '**bold** _it_ `code` ~~s~~ a|b',
    ];
    const { resolution, states } = at({ kind: 'sites', sites: ['east'] }, 300);
    const renamed = {
      ...architecture,
      components: architecture.components.map((c, i) => ({ ...c, name: hostile[i % hostile.length]! })),
    };
    const md = cutSummaryMarkdown(
      renamed,
      hostile[0]!,
      summariseCut(renamed, resolution, states),
      states,
      'https://x.org/#/',
    );
    // Below the heading (whose ** are the export's own), every character that starts markup is escaped.
    const body = md
      .split('\n')
      .slice(1)
      .filter((l) => !l.startsWith('From the'));
    for (const char of ['<', '>', '[', ']', '!', '`', '*', '_', '~'])
      for (const line of body) expect(line, char).not.toMatch(new RegExp(`(^|[^\\\\])\\${char}`));
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\!\\[x\\](https://evil.example/t.png)');
  });

  it('fits a slide’s whole picture inside the slide, beside or under its text, whichever is larger', () => {
    const inside = (r: { x: number; y: number; w: number; h: number }) =>
      r.x >= 0 && r.y >= 0 && r.x + r.w <= SLIDE.w + 1e-9 && r.y + r.h <= SLIDE.h + 1e-9;
    for (const aspect of [0.3, 1, 2.4, 4, 12])
      for (const text of [false, true]) {
        const { picture, text: box } = bodyLayout(aspect, text);
        expect(inside(picture), `${aspect} ${text}`).toBe(true);
        expect(picture.w / picture.h).toBeCloseTo(aspect, 6);
        if (!box) continue;
        expect(inside(box)).toBe(true);
        const apart =
          box.x >= picture.x + picture.w ||
          box.y >= picture.y + picture.h ||
          picture.x >= box.x + box.w ||
          picture.y >= box.y + box.h;
        expect(apart, `text over the picture at ${aspect}`).toBe(true);
      }
    // A tall picture takes the text beside it; a very wide one, under it.
    const tall = bodyLayout(1, true);
    expect(tall.text!.x).toBeGreaterThanOrEqual(tall.picture.x + tall.picture.w);
    const wide = bodyLayout(12, true);
    expect(wide.text!.y).toBeGreaterThanOrEqual(wide.picture.y + wide.picture.h);
  });
});
