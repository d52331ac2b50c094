/** What a component depends on and what depends on it, link by link and then further along: the paths the diagram brings forward. */
import type { GraphArchitecture } from '../../model/dataset';
import type { Link } from '../../model/schema';
import { dependenciesOf, type Reach } from '../../simulation/dependencies';
import { componentById, linksAt } from '../../simulation/lookup';
import { ComponentLink } from '../../ui/ComponentLink';

/** A central service of a fleet is used by thousands of components: list a few, count the rest. */
const MAX_LISTED = 12;

function ReachList({
  reach,
  direct,
  arrow,
  nameOf,
  testId,
}: {
  reach: Reach;
  direct: readonly Link[];
  arrow: '→' | '←';
  nameOf: (id: string) => string;
  testId: string;
}) {
  const further = [...reach.distance].filter(([, d]) => d > 1);
  const listed = direct.slice(0, MAX_LISTED);
  return (
    <ul className="mt-1 flex flex-col gap-1" data-testid={testId}>
      {listed.map((l) => {
        const other = arrow === '→' ? l.to : l.from;
        return (
          <li key={other}>
            <span aria-hidden="true">{arrow} </span>
            <ComponentLink id={other} name={nameOf(other)} />{' '}
            <span className="text-sm text-muted">
              ({l.over === 'wan' ? 'over the WAN' : 'local'}: {l.label})
            </span>
          </li>
        );
      })}
      {direct.length > listed.length && <li className="text-muted">… and {direct.length - listed.length} more</li>}
      {further.length > 0 && (
        <li className="text-sm">
          <span className="text-muted">Further along: </span>
          {further.slice(0, MAX_LISTED).map(([id], i) => (
            <span key={id}>
              {i > 0 && ', '}
              <ComponentLink id={id} name={nameOf(id)} />
            </span>
          ))}
          {further.length > MAX_LISTED && <span className="text-muted"> and {further.length - MAX_LISTED} more</span>}
        </li>
      )}
    </ul>
  );
}

export function DependencyList({
  architecture,
  componentId,
}: {
  architecture: Pick<GraphArchitecture, 'components' | 'links'>;
  componentId: string;
}) {
  const nameOf = (id: string) => componentById(architecture, id)?.name ?? id;
  const { dependsOn, dependents } = dependenciesOf(architecture, componentId);
  const { uses, usedBy } = linksAt(architecture.links, componentId);
  if (uses.length === 0 && usedBy.length === 0) return null;
  return (
    <section aria-labelledby="dependencies-title">
      <h3 id="dependencies-title" className="font-bold">
        Dependencies
      </h3>
      {uses.length > 0 && (
        <>
          <h4 className="mt-1 text-sm font-semibold text-muted">It depends on</h4>
          <ReachList reach={dependsOn} direct={uses} arrow="→" nameOf={nameOf} testId="depends-on" />
        </>
      )}
      {usedBy.length > 0 && (
        <>
          <h4 className="mt-2 text-sm font-semibold text-muted">What depends on it</h4>
          <ReachList reach={dependents} direct={usedBy} arrow="←" nameOf={nameOf} testId="depended-on-by" />
        </>
      )}
    </section>
  );
}
