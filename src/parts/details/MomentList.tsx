/** How one component's state changes while the cut lasts: the moments its data documents, the current one marked. */
import { describeDuration, parseDuration } from '../../model/duration';
import type { Component } from '../../model/schema';
import { StatusBadge } from '../../ui/StatusBadge';
import { SourceLine } from '../../ui/Sources';

export function MomentList({
  component,
  current,
}: {
  component: Pick<Component, 'disconnected'>;
  current: number | null | undefined;
}) {
  const timeline = component.disconnected.timeline;
  if (!timeline?.length) return null;
  return (
    <section aria-labelledby="over-time-title" data-testid="over-time">
      <h3 id="over-time-title" className="font-bold">
        Over time
      </h3>
      <ol className="mt-1 flex flex-col gap-2">
        {timeline.map((moment, i) => (
          <li
            key={moment.after}
            className={`rounded-md border-2 p-2 ${i === current ? 'border-accent' : 'border-line'}`}
            aria-current={i === current ? 'step' : undefined}
            data-testid="moment"
          >
            <p className="flex flex-wrap items-center gap-2 font-semibold">
              After {describeDuration(parseDuration(moment.after) ?? 0)} <StatusBadge state={moment.status} size="sm" />
              {i === current && <span className="text-sm text-accent">now</span>}
            </p>
            <p>{moment.change}</p>
            {moment.reconnect && (
              <p className="mt-1 text-sm">
                <strong>If the link returns after that:</strong> {moment.reconnect}
              </p>
            )}
            <SourceLine sources={moment.sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}
