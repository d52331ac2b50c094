import { describe, expect, it } from 'vitest';
import type { Architecture } from '../model/schema';
import { lintArchitecture } from './lint';

const component = (
  id: string,
  site: string,
  status: 'operational' | 'degraded' | 'unavailable',
  acknowledged?: string,
) => ({
  id,
  name: id,
  site,
  layer: 'compute' as const,
  role: 'r',
  requirements: ['autonomy'],
  disconnected: { status, impact: 'i', reconnect: 'r', ...(acknowledged ? { acknowledged } : {}) },
  sources: [{ title: 't', url: 'https://example.org' }],
});
const arch = (components: ReturnType<typeof component>[], links: Architecture['links']): Architecture => ({
  id: 'a',
  name: 'A',
  model: 'm',
  summary: 's',
  sources: [{ title: 't', url: 'https://example.org' }],
  sites: [
    { id: 'central', name: 'Central', kind: 'central' },
    { id: 'e1', name: 'Edge', kind: 'edge' },
  ],
  components,
  links,
});

describe('lintArchitecture', () => {
  it('warns with the path when every dependency chain of an operational edge component crosses the WAN', () => {
    const warnings = lintArchitecture(
      arch(
        [
          component('api', 'central', 'degraded'),
          component('agent', 'e1', 'operational'),
          component('proxy', 'e1', 'degraded'),
        ],
        [
          { from: 'agent', to: 'proxy', over: 'local', label: 'calls' },
          { from: 'proxy', to: 'api', over: 'wan', label: 'RPC' },
        ],
      ),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      '"agent" is operational when cut off, but every dependency crosses the WAN: agent → proxy → (wan: RPC) api (fix the status or links, or add disconnected.acknowledged)',
    ]);
  });

  it('stays quiet when one dependency stays local, when the status is not operational, or when acknowledged', () => {
    const local = [
      component('api', 'central', 'degraded'),
      component('agent', 'e1', 'operational'),
      component('store', 'e1', 'operational'),
    ];
    expect(
      lintArchitecture(
        arch(local, [
          { from: 'agent', to: 'api', over: 'wan', label: 'RPC' },
          { from: 'agent', to: 'store', over: 'local', label: 'disk' },
        ]),
      ),
    ).toEqual([]);
    expect(
      lintArchitecture(
        arch(
          [component('api', 'central', 'degraded'), component('agent', 'e1', 'degraded')],
          [{ from: 'agent', to: 'api', over: 'wan', label: 'RPC' }],
        ),
      ),
    ).toEqual([]);
    expect(
      lintArchitecture(
        arch(
          [component('api', 'central', 'degraded'), component('agent', 'e1', 'operational', 'Caches tokens locally.')],
          [{ from: 'agent', to: 'api', over: 'wan', label: 'RPC' }],
        ),
      ),
    ).toEqual([]);
  });

  it('does not loop on cycles', () => {
    const cyclic = arch(
      [component('a1', 'e1', 'operational'), component('a2', 'e1', 'operational')],
      [
        { from: 'a1', to: 'a2', over: 'local', label: 'x' },
        { from: 'a2', to: 'a1', over: 'local', label: 'y' },
      ],
    );
    expect(lintArchitecture(cyclic)).toEqual([]);
  });
});
