import { Suspense, useCallback, useEffect, useState } from 'react';
import { modelById, summaryById, useBundle } from '../data/access';
import { hrefTo } from '../app/hrefs';
import { selectNode, setCut, setView, useExplorer } from '../state/store';
import { NotFound } from './NotFound';
import { Loading } from './Loading';
import { GraphCanvas } from './GraphCanvas';
import { DetailsPanel } from './DetailsPanel';
import { CutSummaryPanel } from './CutSummaryPanel';
import { OverviewPanel } from './OverviewPanel';
import { Legend } from './Legend';
import { useCorrections, useFleet, useSimulation } from './useSimulation';

export function ArchitecturePage({ id }: { id: string }) {
  if (!summaryById.has(id)) return <NotFound what={`Architecture “${id.slice(0, 60)}”`} />;
  return (
    <Suspense fallback={<Loading what="the architecture" />}>
      <ArchitectureLoaded id={id} />
    </Suspense>
  );
}

const buttonClass = 'rounded-md border-2 px-3 py-1 font-semibold whitespace-nowrap';

function ArchitectureLoaded({ id }: { id: string }) {
  const bundle = useBundle(id);
  const sites = useExplorer((s) => s.choices.sites);
  const cut = useExplorer((s) => s.choices.cut);
  const selected = useExplorer((s) => s.choices.node);
  const view = useExplorer((s) => s.choices.view);
  const model = useFleet(bundle, sites);
  useCorrections(model);
  const { architecture } = model;
  const { resolution, states, flow, summary, toggle } = useSimulation(model, cut, { selected, fleet: sites !== null });
  const component = selected ? architecture.components.find((c) => c.id === selected) : undefined;
  const [sheet, setSheet] = useState(false);
  const close = useCallback(() => selectNode(null), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && useExplorer.getState().choices.node) {
        event.preventDefault();
        selectNode(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const anyCut = resolution.cutSites.size > 0 || resolution.centralDown;
  const panel = component ? (
    <DetailsPanel architecture={architecture} component={component} state={states.get(component.id)!} onClose={close} />
  ) : anyCut ? (
    <CutSummaryPanel summary={summary} onRestore={() => setCut({ kind: 'none' })} />
  ) : (
    <OverviewPanel architecture={architecture} />
  );
  const showSheet = !!component || anyCut || sheet;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b-2 border-line bg-surface px-4 py-2">
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-xl font-bold md:text-2xl">{architecture.name}</h1>
          <p className="text-sm text-muted">
            {modelById.get(architecture.model)?.name ?? architecture.model} · {architecture.sites.length} sites · {architecture.components.length} components
          </p>
        </div>
        <div role="toolbar" aria-label="Simulation" className="flex flex-wrap gap-2">
          <button type="button" className={`${buttonClass} border-bad text-bad`} aria-pressed={cut.kind === 'all'} onClick={() => setCut(cut.kind === 'all' ? { kind: 'none' } : { kind: 'all' })}>
            ✂ Cut all edge sites
          </button>
          <button type="button" className={`${buttonClass} border-bad text-bad`} aria-pressed={cut.kind === 'central'} onClick={() => setCut(cut.kind === 'central' ? { kind: 'none' } : { kind: 'central' })}>
            ✕ Fail central site
          </button>
          {anyCut && (
            <button type="button" className={`${buttonClass} border-ok text-ok`} onClick={() => setCut({ kind: 'none' })}>
              ⟲ Restore all
            </button>
          )}
          <a className={`${buttonClass} border-line no-underline`} href={hrefTo({ page: 'present', id })}>
            ▶ Present
          </a>
        </div>
      </header>
      <div className="relative flex min-h-0 flex-1">
        <main className="relative min-h-0 flex-1" data-testid="graph" aria-label={`${architecture.name} diagram`}>
          <GraphCanvas
            label={`${architecture.name}: ${architecture.sites.length} sites and ${architecture.components.length} components`}
            nodes={flow.nodes}
            edges={flow.edges}
            view={view}
            onViewChange={setView}
            onSelect={selectNode}
            onToggleSite={toggle}
            centralDown={resolution.centralDown}
            fleet={sites !== null}
          />
          <div className="pointer-events-none absolute top-2 left-2 z-10 max-w-[16rem] [&>*]:pointer-events-auto">
            <Legend open={false} />
          </div>
          {!showSheet && (
            <button type="button" className={`${buttonClass} absolute right-2 bottom-2 z-10 border-line bg-surface md:hidden`} onClick={() => setSheet(true)}>
              About &amp; components
            </button>
          )}
        </main>
        <aside
          aria-label="Details"
          className={`${showSheet ? 'flex' : 'hidden'} absolute inset-x-0 bottom-0 z-20 max-h-[55%] flex-col overflow-y-auto rounded-t-2xl border-t-2 border-line bg-surface p-4 shadow-2xl md:static md:flex md:max-h-none md:w-[26rem] md:rounded-none md:border-t-0 md:border-l-2 md:shadow-none lg:w-[30rem]`}
        >
          {sheet && !component && !anyCut && (
            <button type="button" className={`${buttonClass} mb-2 self-end border-line md:hidden`} onClick={() => setSheet(false)}>
              Close
            </button>
          )}
          {panel}
        </aside>
      </div>
    </div>
  );
}
