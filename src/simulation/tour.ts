/** A tour step's cut, in the URL's terms. */
import type { CutSpec } from '../model/schema';
import type { Cut } from '../url/codec';

export function cutOfStep(spec: CutSpec | undefined): Cut {
  if (spec === undefined) return { kind: 'none' };
  if (spec === 'all' || spec === 'central') return { kind: spec };
  return { kind: 'sites', sites: [...spec] };
}
