import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../test/fixtureData';
import type { Architecture, CapabilityUse } from '../model/schema';
import {
  capabilitiesAt,
  capabilitiesBySite,
  capabilityAt,
  fleetCapabilitiesAt,
  fleetSiteNeeds,
  resolveFleetCut,
  siteView,
  worstOf,
} from './capabilities';
import { resolveCut, type Cut } from './cut';
import { expandFleet } from './fleet';
import { NORMAL, resolveUpgrade, type Conditions } from './status';

const source = [{ title: 'Example', url: 'https://example.org/x' }];
const use = (capability: string, needs: CapabilityUse['needs']): CapabilityUse => ({
  capability,
  needs,
  sources: source,
});

describe('capabilities', async () => {
  const bundle = await tinyBundle();
  const tiny = bundle.architecture;
  const at = (arch: Architecture, cut: Cut, seconds: number, site: string) =>
    Object.fromEntries(capabilitiesAt(arch, resolveCut(arch, cut), seconds, site).map((c) => [c.capability, c]));
  const east: Cut = { kind: 'sites', sites: ['east'] };
  const DAY = 86400;

  it('is the worst of the needs; an alternative is its best member; needs on other edge sites are ignored', () => {
    const result = at(tiny, east, 0, 'east');
    // run-workloads needs [[east-workloads, west-workloads]]: at east only east-workloads counts.
    expect(result['run-workloads']).toMatchObject({ state: 'operational', limitedBy: ['east-workloads'] });
    expect(result['run-workloads']!.needs[0]).toMatchObject({ chosen: 'east-workloads', ignored: false });
    // start-workload needs api, scheduler (central, unavailable towards the cut site) and one agent.
    expect(result['start-workload']).toMatchObject({ state: 'unavailable', limitedBy: ['api', 'scheduler'] });
    expect(worstOf(['operational', 'degraded', 'connected'])).toBe('degraded');
    expect(worstOf([])).toBe('connected');
  });

  it('an alternative takes its best member at the site', () => {
    const arch = { ...tiny, capabilities: [use('local', [['east-agent', 'east-cache']])] };
    expect(at(arch, east, 0, 'east')['local']).toMatchObject({ state: 'operational', limitedBy: ['east-cache'] });
    const worse = { ...tiny, capabilities: [use('local', ['east-cache', 'east-agent'])] };
    expect(at(worse, east, 0, 'east')['local']).toMatchObject({ state: 'degraded', limitedBy: ['east-agent'] });
  });

  it('follows the time into the cut', () => {
    const arch = { ...tiny, capabilities: [use('agent', ['east-agent', 'east-workloads'])] };
    expect(at(arch, east, 30 * DAY - 1, 'east')['agent']!.state).toBe('degraded');
    expect(at(arch, east, 30 * DAY, 'east')['agent']).toMatchObject({
      state: 'unavailable',
      limitedBy: ['east-agent'],
    });
  });

  it('a site that is not cut has every capability, whatever the central components do towards the cut ones', () => {
    const result = at(tiny, east, 600, 'west');
    expect(result['start-workload']!.state).toBe('connected');
    expect(result['run-workloads']!.state).toBe('connected');
    expect(at(tiny, { kind: 'none' }, 0, 'east')['start-workload']!.state).toBe('connected');
  });

  it('when the central site fails, every central need is unavailable', () => {
    const result = at(tiny, { kind: 'central' }, 0, 'west');
    expect(result['start-workload']).toMatchObject({ state: 'unavailable', limitedBy: ['api', 'scheduler'] });
    expect(result['run-workloads']!.state).toBe('operational');
  });

  it('needs that all lie on other edge sites: not at this site; notProvided is its own state', () => {
    const arch = {
      ...tiny,
      capabilities: [
        use('west-only', ['west-agent', ['west-workloads', 'west-agent']]),
        { capability: 'never', notProvided: 'It is not part of this architecture.', sources: source },
      ],
    };
    const result = at(arch, east, 0, 'east');
    expect(result['west-only']).toMatchObject({ state: 'not-at-site', limitedBy: [] });
    expect(result['west-only']!.needs.every((n) => n.ignored)).toBe(true);
    expect(result['never']).toMatchObject({
      state: 'not-provided',
      notProvided: 'It is not part of this architecture.',
    });
    expect(at(arch, { kind: 'none' }, 0, 'east')['never']!.state).toBe('not-provided');
  });

  it('folds edge sites with the same answer into one entry', () => {
    const all = resolveCut(tiny, { kind: 'all' });
    expect(capabilitiesBySite(tiny, all, 0, ['east', 'west']).map((g) => g.siteIds)).toEqual([['east', 'west']]);
    const arch = { ...tiny, capabilities: [use('agent', ['east-agent'])] };
    const groups = capabilitiesBySite(arch, all, 0, ['east', 'west']);
    expect(groups.map((g) => [g.siteIds, g.capabilities[0]!.state])).toEqual([
      [['east'], 'degraded'],
      [['west'], 'not-at-site'],
    ]);
  });

  it('a fleet site gets what the expanded fleet says, mapping the template site ids to its own', () => {
    const arch: Architecture = {
      ...tiny,
      capabilities: [
        ...tiny.capabilities!,
        use('agent', ['east-agent', ['east-cache', 'west-agent']]),
        use('west-only', ['west-agent']),
      ],
    };
    const fleet = expandFleet({ ...bundle, architecture: arch }, 6).architecture;
    const cuts: Cut[] = [
      { kind: 'sites', sites: ['fleet-2', 'fleet-5'] },
      { kind: 'all' },
      { kind: 'central' },
      { kind: 'random', percent: 50, seed: 3 },
      { kind: 'none' },
    ];
    for (const cut of cuts) {
      const resolution = resolveCut(fleet, cut);
      expect(resolveFleetCut(arch, 6, cut)).toEqual(resolution);
      const conditions: Conditions[] = [
        NORMAL,
        { rtt: 150, upgrade: null },
        { rtt: 0, upgrade: resolveUpgrade(fleet, 'fleet-2', false) },
        { rtt: 400, upgrade: resolveUpgrade(fleet, 'central', true) },
      ];
      for (const seconds of [0, 300, 30 * DAY])
        for (const more of conditions)
          for (const site of fleet.sites.filter((s) => s.kind === 'edge')) {
            const resolve = fleetSiteNeeds(arch, fleet.components, site.id);
            const stateAt = siteView(fleet, site.id, resolution, seconds, more);
            const expanded = arch.capabilities!.map((u) => capabilityAt(fleet, u, site.id, stateAt, resolve));
            const quick = fleetCapabilitiesAt(arch, resolution, seconds, site.id, more);
            expect(
              quick.map((c) => c.state),
              `${JSON.stringify(cut)} ${seconds}s ${JSON.stringify(more)} ${site.id}`,
            ).toEqual(expanded.map((c) => c.state));
          }
    }
    expect(fleetSiteNeeds(arch, fleet.components, 'fleet-3')('east-agent')).toBe('fleet-3-agent');
    expect(fleetSiteNeeds(arch, fleet.components, 'fleet-3')('api')).toBe('api');
    expect(fleetSiteNeeds(arch, fleet.components, 'fleet-3')('west-agent')).toBeNull();
  });
});
