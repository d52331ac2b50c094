/**
 * The validator refuses component ids that a generated fleet (`?sites=`) would give to two components.
 * It re-derives the fleet's naming rule (src/build may not import src/simulation): here the rule is
 * checked against expandFleet itself, pair by pair.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { expandFleet } from '../simulation/fleet';
import type { Architecture } from '../model/schema';
import type { ArchitectureBundle } from '../model/dataset';
import { formatProblem } from '../check/problems';
import { validateFiles, type InputFile } from '../check/validate';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const source = [{ title: 'ECG wiki', url: 'https://wiki.openstack.org/wiki/Edge_Computing_Group' }];
const component = (id: string, site: string) => ({
  id,
  name: `Box ${id}`.slice(0, 32),
  site,
  layer: 'compute' as const,
  role: 'Runs workloads.',
  requirements: ['autonomy'],
  disconnected: { status: 'degraded' as const, impact: 'Keeps running.', reconnect: 'Reconnects.' },
  sources: source,
});

/** The template site `edge-1` (the first edge site) holds `templateIds`; `edge-2` holds `otherIds`. */
function architecture(templateIds: string[], otherIds: string[] = []): Architecture {
  return {
    id: 'fleet-pair',
    name: 'Fleet pair',
    model: 'centralized-control-plane',
    summary: 'Two components on the template site.',
    sources: source,
    sites: [
      { id: 'central', name: 'Central', kind: 'central' },
      { id: 'edge-1', name: 'Edge 1', kind: 'edge' },
      { id: 'edge-2', name: 'Edge 2', kind: 'edge' },
    ],
    components: [
      component('api', 'central'),
      ...templateIds.map((id) => component(id, 'edge-1')),
      ...[...otherIds, 'other'].map((id) => component(id, 'edge-2')),
    ],
    links: templateIds.map((id) => ({ from: id, to: 'api', over: 'wan' as const, label: 'RPC' })),
  };
}

/** A stand-in layout: expandFleet only copies the template's boxes, labels and paths. */
function bundle(arch: Architecture): ArchitectureBundle {
  const rect = { x: 0, y: 0, width: 100, height: 40 };
  return {
    architecture: arch,
    layout: {
      sites: Object.fromEntries(arch.sites.map((s) => [s.id, rect])),
      components: Object.fromEntries(arch.components.map((c) => [c.id, rect])),
      labels: Object.fromEntries(arch.components.map((c) => [c.id, [c.name]])),
      hubs: {},
      paths: {},
      width: 300,
      height: 200,
    },
  };
}

async function validate(arch: Architecture): Promise<string[]> {
  const catalogues: InputFile[] = await Promise.all(
    ['requirements.yaml', 'models.yaml'].map(async (name) => ({
      file: `catalogue/${name}`,
      content: await readFile(path.join(fixtures, 'catalogue', name)),
    })),
  );
  const { problems } = validateFiles([
    { file: `${arch.id}.yaml`, content: stringify(arch, { aliasDuplicateObjects: false }) },
    ...catalogues,
  ]);
  return problems.filter((p) => p.severity === 'error').map(formatProblem);
}

const duplicates = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

describe('fleet ids', () => {
  const candidates = [
    'agent',
    'edge-1-agent',
    'edge-1',
    'edge-1-edge-1',
    'edge-1-edge-1-agent',
    'edge-1-1',
    '1',
    'edge-10-agent',
    'edge-10',
    'edge',
    'edge-2-agent',
  ];

  it('refuses a pair of template-site ids exactly when expandFleet would give both one id', async () => {
    let refused = 0;
    for (const [i, a] of candidates.entries()) {
      for (const b of candidates.slice(i + 1)) {
        const arch = architecture([a, b]);
        const fleet = expandFleet(bundle(arch), 3).architecture;
        const collide = duplicates(fleet.components.map((c) => c.id)).length > 0;
        const errors = await validate(arch);
        expect(
          errors.some((e) => e.includes('in a generated fleet')),
          `${a} and ${b}: ${errors.join('\n')}`,
        ).toBe(collide);
        // Nothing else is wrong with these files.
        expect(
          errors.filter((e) => !e.includes('in a generated fleet')),
          `${a} and ${b}`,
        ).toEqual([]);
        if (collide) refused++;
      }
    }
    // edge-1-agent/agent, edge-1-edge-1/edge-1, edge-1-1/1.
    expect(refused).toBe(3);
  });

  it('names the later component, and ignores the edge sites a fleet does not copy', async () => {
    expect(await validate(architecture(['edge-1-agent', 'agent']))).toEqual([
      'fleet-pair.yaml:47:9  components[2].id  "agent" and "edge-1-agent" would both be "fleet-1-agent" in a generated fleet (?sites= copies the first edge site, "edge-1", and drops the "edge-1-" that starts its component ids): rename one',
    ]);
    const arch = architecture(['edge-1-agent'], ['agent']);
    expect(await validate(arch)).toEqual([]);
    expect(duplicates(expandFleet(bundle(arch), 3).architecture.components.map((c) => c.id))).toEqual([]);
  });
});
