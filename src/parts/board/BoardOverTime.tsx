/**
 * The board over time: per capability and architecture, its state at each moment the reader chose
 * (just cut, 10 min, 1 day, 30 days by default), side by side, so "what changes with time" is one table.
 * Each mark opens the architecture at that moment, the component that limits it selected.
 */
import { useMemo } from 'react';
import type { Architecture } from '../../model/schema';
import { describeDuration } from '../../model/duration';
import type { Scenario } from '../../simulation/scenario';
import { columnOf, limitedByNames, shortList, stateIcon, stateWord } from '../../parts/capabilities/answers';
import type { CapabilityInfo } from '../../parts/capabilities/catalogue';
import { statusLook } from '../../ui/statusLook';
import { hrefTo } from '../../url/hrefs';

const order = ['unavailable', 'degraded', 'not-provided', 'operational', 'not-at-site', 'connected'];

export function BoardOverTime({
  architectures,
  capabilities,
  scenario,
  times,
}: {
  architectures: readonly Architecture[];
  capabilities: readonly CapabilityInfo[];
  scenario: Scenario;
  times: readonly number[];
}) {
  const columns = useMemo(
    () =>
      architectures.map((architecture) => ({
        architecture,
        at: times.map((t) => columnOf({ architecture, site: null, sites: null }, { ...scenario, t: t || null })),
      })),
    [architectures, scenario, times],
  );
  const when = (t: number) => (t === 0 ? 'just cut' : describeDuration(t));
  return (
    <div className="overflow-x-auto" data-testid="board-over-time">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">
          What a cut-off edge site can still do, per capability and architecture, at {times.map(when).join(', ')}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="border-b-2 border-line px-2 py-1 align-bottom">
              Capability
            </th>
            {columns.map((c) => (
              <th
                key={c.architecture.id}
                scope="colgroup"
                colSpan={times.length}
                className="border-b border-l-2 border-line px-2 py-1 text-center"
              >
                {c.architecture.name}
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((c) =>
              times.map((t, i) => (
                <th
                  key={`${c.architecture.id}@${t}`}
                  scope="col"
                  className={`border-b-2 border-line px-1 py-0.5 text-center text-sm font-semibold text-muted ${i === 0 ? 'border-l-2' : ''}`}
                >
                  {when(t)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {capabilities.map((capability) => (
            <tr key={capability.id} data-testid="board-time-row" data-capability={capability.id}>
              <th scope="row" className="border-b border-line px-2 py-1 font-semibold">
                {capability.title}
              </th>
              {columns.map((c) =>
                c.at.map((column, i) => {
                  const answers = column.answers.get(capability.id) ?? [];
                  const answer = [...answers].sort(
                    (a, b) => order.indexOf(a.result.state) - order.indexOf(b.result.state),
                  )[0];
                  const state = answer?.result.state;
                  const look = state && state in statusLook ? statusLook[state as keyof typeof statusLook] : null;
                  const limits = answer ? limitedByNames(c.architecture, answer) : [];
                  const title = answer
                    ? `${c.architecture.name}, ${when(times[i]!)}: ${stateWord[answer.result.state]}${limits.length ? ` (limited by ${shortList(limits, 4)})` : ''}`
                    : 'Not described';
                  return (
                    <td
                      key={`${c.architecture.id}@${times[i]}`}
                      className={`border-b border-line p-0.5 text-center ${i === 0 ? 'border-l-2' : ''}`}
                      data-arch={c.architecture.id}
                      data-at={times[i]}
                      data-state={state ?? 'missing'}
                    >
                      {answer ? (
                        <a
                          href={hrefTo(
                            { page: 'arch', id: c.architecture.id },
                            { ...scenario, t: times[i] || null, node: answer.limitedBy[0] ?? null },
                          )}
                          title={title}
                          className={`inline-flex h-7 min-w-9 items-center justify-center rounded border-2 font-bold no-underline ${look ? `${look.text} ${look.bg} ${look.border}` : 'border-line text-muted'}`}
                        >
                          <span aria-hidden="true">{stateIcon[answer.result.state]}</span>
                          <span className="sr-only">{title}</span>
                        </a>
                      ) : (
                        <span className="text-muted">–</span>
                      )}
                    </td>
                  );
                }),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
