/**
 * The conditions beside the cut, in one toolbar control: how slow the WAN is (a slider with a stop at
 * every round-trip time the shown architectures' data gives a threshold for, the 100 ms stop carrying
 * the working group's words) and which site is being upgraded, with or without spare capacity. The
 * choices are `?rtt=`, `?upgrade=` and `?spare=` in the link.
 */
import { useId, useMemo, useState } from 'react';
import type { GraphArchitecture } from '../../model/dataset';
import { formatCount } from '../../model/format';
import { rttOf } from '../../simulation/status';
import { buttonClass } from '../../ui/buttonClass';
import { selectRtt, selectUpgrade, setChoices, useExplorer } from '../../url/store';

/** The ECG's June 2020 PTG summary, on the 100 ms stop. */
export const LATENCY_QUOTE =
  '“100 ms is a killer for distributed systems over WAN; nodes getting out of sync can be a big issue.” (OpenInfra Edge Computing Group, PTG summary, June 2020)';

const BASE_STOPS = [0, 50, 100, 150, 200, 300, 400, 600, 1000, 2000];

/** The slider's stops: round numbers, and just above every documented threshold (where its state changes). */
export function rttStops(thresholds: readonly number[]): number[] {
  const above = thresholds.map((t) => (BASE_STOPS.includes(t) ? [t] : [t, t + 1])).flat();
  return [...new Set([...BASE_STOPS, ...above])].sort((a, b) => a - b);
}

type Upgradable = Pick<GraphArchitecture, 'sites' | 'components'>;

export function ConditionsControl({ architectures }: { architectures: readonly Upgradable[] }) {
  const rtt = useExplorer(selectRtt);
  const upgrade = useExplorer(selectUpgrade);
  const spare = useExplorer((s) => s.choices.spare);
  const [open, setOpen] = useState(false);
  const id = useId();
  const thresholds = useMemo(
    () =>
      [
        ...new Set(
          architectures.flatMap((a) =>
            a.components.flatMap((c) => (c.latency?.thresholds ?? []).map((t) => rttOf(t.above))),
          ),
        ),
      ].sort((a, b) => a - b),
    [architectures],
  );
  const stops = useMemo(() => {
    const all = rttStops(thresholds);
    return all.includes(rtt) ? all : [...all, rtt].sort((a, b) => a - b);
  }, [thresholds, rtt]);
  // One architecture: its own sites; several (compare, the board): the central site or the first edge site.
  const single = architectures.length === 1 ? architectures[0]! : null;
  const choices = single
    ? single.sites.map((s) => ({ value: s.kind === 'central' ? 'central' : s.id, label: s.name }))
    : [
        { value: 'central', label: 'The central site' },
        { value: 'edge', label: 'The first edge site' },
      ];
  const active = rtt > 0 || upgrade !== null;
  const summary = [rtt > 0 ? `WAN ${formatCount(rtt)} ms` : '', upgrade ? 'upgrading' : ''].filter(Boolean).join(' · ');
  return (
    <div className="relative">
      <button
        type="button"
        className={`${buttonClass} ${active ? 'border-warn text-warn' : 'border-line'}`}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        data-testid="conditions-button"
      >
        ≈ {summary || 'WAN, upgrade'} ▾
      </button>
      {open && (
        <div
          id={`${id}-panel`}
          className="absolute right-0 z-30 mt-1 flex w-[22rem] max-w-[90vw] flex-col gap-3 rounded-lg border-2 border-line bg-surface p-3 shadow-xl"
          data-testid="conditions-panel"
        >
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-rtt`} className="flex items-baseline justify-between text-sm font-semibold">
              <span>WAN round-trip time</span>
              <span className="text-accent" data-testid="rtt-value">
                {rtt === 0 ? 'as documented' : `${formatCount(rtt)} ms`}
              </span>
            </label>
            <input
              id={`${id}-rtt`}
              type="range"
              min={0}
              max={stops.length - 1}
              step={1}
              value={stops.indexOf(rtt)}
              aria-valuetext={rtt === 0 ? 'As documented' : `${rtt} ms round trip`}
              onChange={(event) => setChoices({ rtt: stops[Number(event.target.value)] ?? 0 })}
              className="w-full accent-[var(--accent)]"
              data-testid="rtt-slider"
            />
            <ol className="relative h-4 text-[11px] text-muted" aria-label="Documented thresholds">
              {thresholds.map((value) => (
                <li
                  key={value}
                  className="absolute -translate-x-1/2 border-l-2 border-warn pl-0.5 font-semibold text-warn"
                  style={{ left: `${(stops.indexOf(value) / (stops.length - 1)) * 100}%` }}
                  title={value === 100 ? LATENCY_QUOTE : `A documented threshold: above ${value} ms`}
                  data-testid="rtt-tick"
                >
                  {value} ms
                </li>
              ))}
            </ol>
            {thresholds.length === 0 && (
              <p className="text-sm text-muted">No round-trip threshold is documented for what is shown.</p>
            )}
            <p className="text-xs text-muted">{LATENCY_QUOTE}</p>
          </div>
          <fieldset className="flex flex-col gap-1">
            <legend className="text-sm font-semibold">A site being upgraded</legend>
            <select
              value={upgrade ?? ''}
              onChange={(event) =>
                setChoices({ upgrade: event.target.value || null, ...(event.target.value ? {} : { spare: false }) })
              }
              className="rounded-md border-2 border-line bg-surface px-1 py-0.5 text-fg"
              data-testid="upgrade-select"
            >
              <option value="">Nothing is being upgraded</option>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={spare}
                disabled={upgrade === null}
                onChange={(event) => setChoices({ spare: event.target.checked })}
                data-testid="spare-toggle"
              />
              With spare capacity (a surge machine, a second box)
            </label>
          </fieldset>
          {active && (
            <button
              type="button"
              className={`${buttonClass} self-start border-ok text-ok`}
              onClick={() => setChoices({ rtt: 0, upgrade: null, spare: false })}
            >
              ⟲ Back to a healthy WAN, no upgrade
            </button>
          )}
        </div>
      )}
    </div>
  );
}
