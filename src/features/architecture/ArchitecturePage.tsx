import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { modelNames, useBundle } from '../../dataset/access';
import { hrefTo } from '../../url/hrefs';
import { selectNode, setChoices, setCut, setView, useExplorer } from '../../url/store';
import { KnownArchitecture } from '../../ui/KnownArchitecture';
import { Loading } from '../../ui/Loading';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { DetailsPanel } from './DetailsPanel';
import { CutSummaryPanel } from './CutSummaryPanel';
import { OverviewPanel } from './OverviewPanel';
import { ReconnectPanel, type Restored } from './ReconnectPanel';
import { Legend } from '../../ui/Legend';
import { useCorrections, useFleet, useSimulation } from '../canvas/useSimulation';
import { CopyLinkButton, ExportMenu } from '../share/ShareControls';
import { describeCut } from '../../simulation/summary';
import { OVERVIEW_ZOOM, visibleRegion } from '../../model/geometry';
import { currentPermalink } from '../../url/binding';

export function ArchitecturePage({ id }: { id: string }) {
  return (
    <KnownArchitecture id={id} loading="the architecture">
      <ArchitectureLoaded id={id} />
    </KnownArchitecture>
  );
}

const fleetSizes = [10, 100, 300, 1000, 2000];

const buttonClass = 'rounded-md border-2 px-2.5 py-0.5 font-semibold whitespace-nowrap';

function ArchitectureLoaded({ id }: { id: string }) {
  const bundle = useBundle(id);
  const sites = useExplorer((s) => s.choices.sites);
  const cut = useExplorer((s) => s.choices.cut);
  const selected = useExplorer((s) => s.choices.node);
  const view = useExplorer((s) => s.choices.view);
  const model = useFleet(bundle, sites);
  useCorrections(model);
  const { architecture } = model;
  const region = useMemo(
    () => (view !== null && view.zoom >= OVERVIEW_ZOOM ? visibleRegion(view, { width: window.innerWidth, height: window.innerHeight }) : null),
    [view],
  );
  const { resolution, states, flow, overview, summary, toggle } = useSimulation(model, cut, {
    selected,
    fleet: sites !== null,
    // The store's view changes when a pan or zoom ends: that is when a fleet's nearby sites are built.
    region,
  });
  const component = selected ? architecture.components.find((c) => c.id === selected) : undefined;
  const [about, setAbout] = useState(false);
  // On a phone the secondary actions fold away behind "More".
  const [more, setMore] = useState(false);
  const embed = useExplorer((s) => s.choices.embed);
  const graph = useRef<HTMLElement>(null);
  const close = useCallback(() => selectNode(null), []);


  // Restoring a link tells its reconnect story until the user is done with it or cuts again.
  const [restored, setRestored] = useState<Restored | null>(null);
  const previousCut = useRef(resolution);
  useEffect(() => {
    const before = previousCut.current;
    previousCut.current = resolution;
    const back = [...before.cutSites].filter((site) => !resolution.cutSites.has(site));
    const central = before.centralDown && !resolution.centralDown;
    if (central || (back.length > 0 && !resolution.centralDown)) setRestored({ sites: central ? [...before.cutSites] : back, central });
    else if (resolution.cutSites.size > before.cutSites.size || resolution.centralDown) setRestored(null);
  }, [resolution]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (useExplorer.getState().choices.node) selectNode(null);
      else {
        setRestored(null);
        setAbout(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const anyCut = resolution.cutSites.size > 0 || resolution.centralDown;
  const panel = component ? (
    <DetailsPanel architecture={architecture} component={component} state={states.get(component.id)!} onClose={close} />
  ) : restored ? (
    <ReconnectPanel architecture={architecture} restored={restored} onDone={() => setRestored(null)} />
  ) : anyCut ? (
    <CutSummaryPanel summary={summary} onRestore={() => setCut({ kind: 'none' })} />
  ) : about ? (
    <Suspense fallback={<Loading what="the overview" />}>
      <OverviewPanel architecture={architecture} onClose={() => setAbout(false)} />
    </Suspense>
  ) : null;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1.5 border-b-2 border-line bg-surface px-3 py-1.5">
        <div className="min-w-0 flex-1 basis-72">
          <h1 className="truncate text-lg leading-tight font-bold md:text-xl">{architecture.name}</h1>
          <p className="truncate text-sm text-muted">
            {modelNames[architecture.model] ?? architecture.model} · {(architecture.sites.length - 1).toLocaleString('en')} edge sites · {architecture.components.length.toLocaleString('en')} components
          </p>
        </div>
        {embed ? (
          <a href={currentPermalink({ withoutEmbed: true })} target="_blank" rel="noopener" className="font-semibold underline">
            Open in explorer ↗
          </a>
        ) : (
        <div role="toolbar" aria-label="Architecture actions" className="flex flex-wrap gap-1.5">
          <button type="button" className={`${buttonClass} border-bad text-bad`} aria-pressed={cut.kind === 'all'} aria-label="Cut all edge sites" onClick={() => setCut(cut.kind === 'all' ? { kind: 'none' } : { kind: 'all' })}>
            ✂ Cut all
          </button>
          <button type="button" className={`${buttonClass} border-bad text-bad`} aria-pressed={cut.kind === 'central'} aria-label="Fail the central site" onClick={() => setCut(cut.kind === 'central' ? { kind: 'none' } : { kind: 'central' })}>
            ✕ Fail central
          </button>
          {anyCut && (
            <button type="button" className={`${buttonClass} border-ok text-ok`} onClick={() => setCut({ kind: 'none' })}>
              ⟲ Restore all
            </button>
          )}
          <button type="button" className={`${buttonClass} border-line md:hidden`} aria-expanded={more} aria-controls="more-actions" onClick={() => setMore(!more)}>
            More ▾
          </button>
          <div id="more-actions" className={`${more ? 'flex' : 'hidden'} w-full flex-wrap gap-1.5 md:flex md:w-auto`}>
          <label className="flex items-center gap-1">
            <span className="text-sm text-muted">Sites</span>
            <select
              value={sites ?? ''}
              onChange={(event) => setChoices({ sites: event.target.value ? Number(event.target.value) : null, cut: { kind: 'none' }, node: null, view: null })}
              className="rounded-md border-2 border-line bg-surface px-1 py-0.5 text-fg"
              data-testid="fleet-size"
            >
              <option value="">documented</option>
              {fleetSizes.map((n) => (
                <option key={n} value={n}>
                  {n.toLocaleString('en')} (fleet)
                </option>
              ))}
            </select>
          </label>
          {sites !== null && (
            <button
              type="button"
              className={`${buttonClass} border-bad text-bad`}
              onClick={() => setCut({ kind: 'random', percent: 30, seed: cut.kind === 'random' ? cut.seed + 1 : 1 })}
            >
              ✂ Random 30%
            </button>
          )}
          <button type="button" className={`${buttonClass} border-line`} aria-expanded={!!panel} aria-controls="details-panel" onClick={() => (component ? close() : setAbout(!about))}>
            About
          </button>
          <a className={`${buttonClass} border-line text-fg no-underline`} href={hrefTo({ page: 'present', id }, { cut })}>
            ▶ Present
          </a>
          <CopyLinkButton />
          <ExportMenu architecture={architecture} states={states} cutDescription={describeCut(architecture, resolution)} graph={graph} nodes={flow.nodes} />
          </div>
        </div>
        )}
      </header>
      <div className="relative flex min-h-0 flex-1">
        <main ref={graph} className="relative min-h-0 flex-1" data-testid="graph" aria-label={`${architecture.name} diagram`}>
          <GraphCanvas
            // A different fleet is a different picture: start from a fresh fit.
            key={sites ?? 'documented'}
            label={`${architecture.name}: ${architecture.sites.length} sites and ${architecture.components.length} components`}
            nodes={flow.nodes}
            edges={flow.edges}
            view={view}
            onViewChange={setView}
            onSelect={selectNode}
            onToggleSite={toggle}
            centralDown={resolution.centralDown}
            fleet={sites !== null}
            overview={overview}
          />
          <div className="pointer-events-none absolute top-2 left-2 z-10 max-w-[16rem] [&>*]:pointer-events-auto">
            <Legend open={false} />
          </div>
        </main>
        {panel && (
          <aside
            id="details-panel"
            aria-label="Details"
            className="absolute inset-x-0 bottom-0 z-20 flex max-h-[60%] flex-col overflow-y-auto rounded-t-2xl border-t-2 border-line bg-surface p-4 shadow-2xl md:static md:max-h-none md:w-[22rem] md:rounded-none md:border-t-0 md:border-l-2 md:shadow-none 2xl:w-[28rem]"
          >
            {panel}
          </aside>
        )}
      </div>
    </div>
  );
}
