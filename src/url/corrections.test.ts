import { describe, expect, it } from 'vitest';
import { shippedBundles } from '../../test/shippedData';
import { correctForArchitecture, correctStep } from './corrections';
import { defaultChoices } from './codec';

describe('correctForArchitecture', async () => {
  const { architecture } = (await shippedBundles()).get('tripleo-dcn')!;
  const route = { page: 'arch' as const, id: 'tripleo-dcn' };

  it('keeps what exists', () => {
    const node = architecture.components[0]!.id;
    expect(correctForArchitecture(architecture, { ...defaultChoices, route, node, cut: { kind: 'sites', sites: ['dcn0'] } })).toEqual({ patch: {}, notices: [] });
  });

  it('drops an unknown component and unknown or central sites, with a notice each', () => {
    const { patch, notices } = correctForArchitecture(architecture, { ...defaultChoices, route, node: 'nova-typo', cut: { kind: 'sites', sites: ['dcn0', 'dcn9', 'central'] } });
    expect(patch).toEqual({ node: null, cut: { kind: 'sites', sites: ['dcn0'] } });
    expect(notices).toEqual([
      'Component "nova-typo" is not part of TripleO Distributed Compute Node (DCN); nothing is selected.',
      'Site "dcn9" is not part of TripleO Distributed Compute Node (DCN); left connected.',
      '"central" is the central site: use "Fail central site" to take it down. Its links were left connected.',
    ]);
  });

  it('clamps a tour step past the end', () => {
    const steps = architecture.tour!.length;
    expect(correctStep(architecture, steps + 5).patch).toEqual({ step: steps });
    expect(correctStep(architecture, 1)).toEqual({ patch: {}, notices: [] });
  });
});
