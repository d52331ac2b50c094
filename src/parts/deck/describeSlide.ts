/** A slide in words, for the deck's list and its slides' condition line: what it shows, under what. */
import { architectureById } from '../../dataset/access';
import { YOURS } from '../../dataset/yours';
import { describeDuration } from '../../model/duration';
import { formatCount } from '../../model/format';
import { parseHash, type Choices } from '../../url/codec';

export const describeSlide = (hash: string) => describeChoices(parseHash(hash).choices);

export function describeChoices(c: Choices): { what: string; condition: string } {
  const route = c.route;
  const nameOf = (id: string) => (id === YOURS ? 'Your own architecture' : (architectureById.get(id)?.name ?? id));
  const name = 'id' in route ? nameOf(route.id) : '';
  const what =
    route.page === 'arch'
      ? `${name}${c.node ? `, ${c.node} selected` : ''}`
      : route.page === 'present'
        ? `${name}, tour step ${c.step ?? 1}`
        : route.page === 'board'
          ? `Board of every architecture${c.at ? ', over time' : ''}`
          : route.page === 'compare'
            ? `Compare ${c.left ? nameOf(c.left) : 'the default pair'}${c.right ? ` and ${nameOf(c.right)}` : ''}`
            : route.page;
  const cut =
    c.cut.kind === 'all'
      ? 'every edge site cut off'
      : c.cut.kind === 'central'
        ? 'the central site failed'
        : c.cut.kind === 'sites'
          ? `cut off: ${c.cut.sites.join(', ')}`
          : c.cut.kind === 'random'
            ? `${c.cut.percent} % of edge sites cut off`
            : route.page === 'present'
              ? 'as the tour step sets'
              : '';
  const parts = [
    cut && `${cut}${c.t ? `, ${describeDuration(c.t)} in` : ''}`,
    c.rtt > 0 ? `WAN ${formatCount(c.rtt)} ms round trip` : '',
    c.upgrade ? `${c.upgrade} being upgraded${c.spare ? ', with spare capacity' : ''}` : '',
  ].filter(Boolean);
  return { what, condition: parts.length > 0 ? parts.join(' · ') : 'all connected' };
}
