/** The architecture page's actions: cuts, fleet size, overview, presentation, sharing and export. */
import { AddToDeck } from '../../parts/deck/AddToDeck';
import { formatCount } from '../../model/format';
import { useMemo, useState } from 'react';
import { ConditionsControl } from '../../parts/conditions/ConditionsControl';
import type { GraphArchitecture } from '../../model/dataset';
import type { ResolvedScenario } from '../../simulation/scenario';
import { isCutting, NO_CUT } from '../../simulation/cut';
import type { ComponentState } from '../../simulation/status';
import { buttonClass } from '../../ui/buttonClass';
import { hrefTo } from '../../url/hrefs';
import { changeCut, setChoices, useExplorer, selectCut, selectSites, selectTheme } from '../../url/store';
import { ExportMenu } from '../../parts/export/ExportMenu';
import { loadFleet } from '../../parts/canvas/useSimulation';
import { CopyLinkButton } from '../../parts/share/CopyLinkButton';
import { ShareButton } from '../../parts/share/ShareButton';

const fleetSizes = [10, 100, 300, 1000, 2000];
const prefetchFleet = () => void loadFleet();

interface Props {
  id: string;
  architecture: GraphArchitecture;
  resolved: ResolvedScenario;
  states: ReadonlyMap<string, ComponentState>;
  panelOpen: boolean;
  onAbout: () => void;
}

export function ArchitectureToolbar({ id, architecture, resolved, states, panelOpen, onAbout }: Props) {
  const { resolution } = resolved;
  const cut = useExplorer(selectCut);
  const sites = useExplorer(selectSites);
  // The theme a link asked for goes along into the presentation (it is not the saved one).
  const theme = useExplorer(selectTheme);
  // On a phone the secondary actions fold away behind "More".
  const [more, setMore] = useState(false);
  const single = useMemo(() => [architecture], [architecture]);
  const cutting = isCutting(resolution);
  return (
    <div
      role="toolbar"
      aria-label="Architecture actions"
      className="flex max-w-full shrink-0 flex-wrap justify-end gap-1"
    >
      {/* One button for both, so the toolbar keeps its width (and the diagram its size) under a cut, and
          keyboard focus stays on it. */}
      <button
        type="button"
        className={`${buttonClass} ${cutting ? 'border-ok text-ok' : `border-bad text-bad ${more ? '' : 'max-md:hidden'}`}`}
        aria-label={cutting ? undefined : 'Cut all edge sites'}
        onClick={() => changeCut(cutting ? NO_CUT : { kind: 'all' }, architecture)}
      >
        {cutting ? '⟲ Restore all' : '✂ Cut all'}
      </button>
      <button
        type="button"
        className={`${buttonClass} border-bad text-bad ${more ? '' : 'max-md:hidden'}`}
        aria-pressed={cut.kind === 'central'}
        aria-label="Fail the central site"
        onClick={() => changeCut(cut.kind === 'central' ? NO_CUT : { kind: 'central' }, architecture)}
      >
        ✕ Fail central
      </button>
      <div className={more ? '' : 'max-md:hidden'}>
        <ConditionsControl architectures={single} />
      </div>
      <button
        type="button"
        className={`${buttonClass} border-line md:hidden`}
        aria-expanded={more}
        aria-controls="more-actions"
        onClick={() => setMore(!more)}
      >
        {more ? 'Less ▴' : 'Actions ▾'}
      </button>
      <div id="more-actions" className={`${more ? 'flex' : 'hidden'} w-full flex-wrap gap-1 md:flex md:w-auto`}>
        <label className="flex items-center gap-1">
          <span className="text-sm text-muted">Sites</span>
          <select
            value={sites ?? ''}
            // A different fleet is a different picture: the cut, selection and view start fresh. The
            // generator is fetched first, so the page never falls back to "Loading" in between.
            onPointerEnter={prefetchFleet}
            onFocus={prefetchFleet}
            onChange={(event) => {
              const next = event.target.value ? Number(event.target.value) : null;
              void loadFleet().then(() => setChoices({ sites: next, cut: NO_CUT, t: null, node: null, view: null }));
            }}
            className="rounded-md border-2 border-line bg-surface px-1 py-0.5 text-fg"
            data-testid="fleet-size"
          >
            <option value="">documented</option>
            {sites !== null && !fleetSizes.includes(sites) && (
              <option value={sites}>{formatCount(sites)} (fleet)</option>
            )}
            {fleetSizes.map((n) => (
              <option key={n} value={n}>
                {formatCount(n)} (fleet)
              </option>
            ))}
          </select>
        </label>
        {sites !== null && (
          <button
            type="button"
            className={`${buttonClass} border-bad text-bad`}
            data-testid="random-cut"
            onClick={() =>
              changeCut({ kind: 'random', percent: 30, seed: cut.kind === 'random' ? cut.seed + 1 : 1 }, architecture)
            }
          >
            ✂ Random 30%
          </button>
        )}
        <button
          type="button"
          className={`${buttonClass} border-line`}
          aria-expanded={panelOpen}
          aria-controls="details-panel"
          onClick={onAbout}
        >
          About
        </button>
        <a
          className={`${buttonClass} border-line text-fg no-underline`}
          href={hrefTo({ page: 'present', id }, { cut, theme })}
        >
          ▶ Present
        </a>
        <CopyLinkButton />
        <AddToDeck what={architecture.name} />
        <ShareButton title={`${architecture.name}, Edge Architecture Explorer`} />
        <ExportMenu id={id} sites={sites} resolved={resolved} states={states} />
      </div>
    </div>
  );
}
