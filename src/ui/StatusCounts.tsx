import type { StatusCounts as Counts } from '../simulation/summary';

/** "✓ 3 operational · ◐ 2 degraded · ✕ 1 unavailable", each in its status colour. */
export function StatusCounts({
  counts,
  words = ['operational', 'degraded', 'unavailable'],
}: {
  counts: Counts;
  words?: readonly [string, string, string];
}) {
  return (
    <>
      <span className="text-ok">
        ✓ {counts.operational} {words[0]}
      </span>{' '}
      ·{' '}
      <span className="text-warn">
        ◐ {counts.degraded} {words[1]}
      </span>{' '}
      ·{' '}
      <span className="text-bad">
        ✕ {counts.unavailable} {words[2]}
      </span>
    </>
  );
}
