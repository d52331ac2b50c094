/** One architecture: its diagram, the actions above it and the panel beside it. */
import { formatCount } from '../../model/format';
import { lazy, Suspense, useCallback, useDeferredValue, useLayoutEffect, useMemo, useState } from 'react';
import { modelNames, useGraph } from '../../dataset/access';
import { YOURS } from '../../dataset/yours';
import type { Rect } from '../../model/geometry';
import { KnownArchitecture } from '../../ui/KnownArchitecture';
import { Legend } from '../../ui/Legend';
import { useEscapeDeselects } from '../../ui/useEscapeDeselects';
import { useHotkeys } from '../../ui/useHotkeys';
import { stepTime } from '../../simulation/timeline';
import { isCutting } from '../../simulation/cut';
import { currentPermalink } from '../../url/binding';
import {
  dismissRestored,
  selectEmbed,
  selectNode,
  selectNodeId,
  selectSites,
  selectView,
  setTime,
  setView,
  useExplorer,
  useScenario,
} from '../../url/store';
import { GraphCanvas, UNCOVERED, type Cover } from '../../parts/canvas/GraphCanvas';
import { builtArea, screenIn } from '../../parts/canvas/viewControl';
import { siteNodeId } from '../../parts/canvas/flow/types';
import { useFleet, useSimulation } from '../../parts/canvas/useSimulation';
import { describeScenario } from '../../simulation/scenario';
import { NORMAL } from '../../simulation/status';
import { useEmbedLinks } from '../../parts/share/embedLinks';
import { ArchitectureToolbar } from './ArchitectureToolbar';
import { preloadPanels, SidePanel, usePanel } from './SidePanel';
import { componentById } from '../../simulation/lookup';

// Only an embed shows it: not part of the explorer's first graph.
const EmbedSummary = lazy(() => import('../../parts/share/EmbedSummary').then((m) => ({ default: m.EmbedSummary })));

export function ArchitecturePage({ id }: { id: string }) {
  return (
    <KnownArchitecture id={id} loading="the architecture">
      <ArchitectureView id={id} />
    </KnownArchitecture>
  );
}

/** Where the side panel covers the diagram's right side rather than its bottom (SidePanel's md: classes). */
const AT_THE_SIDE = '(width >= 48rem)';

/** How much of the diagram the open panel covers. */
function usePanelCover(open: boolean): Cover {
  const [cover, setCover] = useState(UNCOVERED);
  useLayoutEffect(() => {
    const panel = document.getElementById('details-panel');
    if (!open || !panel) return;
    // The observer reports the panel's size at once, and again whenever its content changes it. Read
    // from the entry and a media query: asking the element for its style or size here would make the
    // browser lay the page out again, in the frame that should paint the panel.
    const observer = new ResizeObserver(([entry]) => {
      const size = entry!.borderBoxSize[0]!;
      const side = window.matchMedia(AT_THE_SIDE).matches;
      setCover((current) => {
        const next = side ? { right: size.inlineSize, bottom: 0 } : { right: 0, bottom: size.blockSize };
        return next.right === current.right && next.bottom === current.bottom ? current : next;
      });
    });
    observer.observe(panel);
    return () => observer.disconnect();
  }, [open]);
  return open ? cover : UNCOVERED;
}

function ArchitectureView({ id }: { id: string }) {
  const sites = useExplorer(selectSites);
  const scenario = useScenario();
  const t = scenario.t;
  const selected = useExplorer(selectNodeId);
  const view = useExplorer(selectView);
  const embed = useExplorer(selectEmbed);
  useEmbedLinks(embed);
  const bundle = useGraph(id);
  const model = useFleet(bundle, sites);
  const { architecture } = model;
  // The part of a zoomed-in fleet near the screen: only those sites become nodes.
  const [region, setRegion] = useState<Rect | null>(null);
  const onVisibleRegion = useCallback(
    (next: Rect | null) => setRegion((current) => (next ? builtArea(current, screenIn(next)) : null)),
    [],
  );
  const { resolved, resolution, states, flow, overview, toggle, focusing, emphasis } = useSimulation(model, scenario, {
    selected,
    fleet: sites !== null,
    region,
  });
  const [about, setAbout] = useState(false);
  const { panel, restored } = usePanel(architecture, resolved, about);
  // The panel follows a cut, a time or a condition a frame behind the diagram, which answers the click
  // first (the summary of a cut takes as long to draw as the diagram). A selection's answer is the panel
  // itself, and a closed panel costs nothing: those show at once.
  const panelNow = useMemo(() => ({ resolved, states, panel, restored, t }), [resolved, states, panel, restored, t]);
  const panelLater = useDeferredValue(panelNow);
  const shown = panel === 'details' || panel === null ? panelNow : panelLater;
  const closeAbout = useCallback(() => setAbout(false), []);
  const preload = useCallback(() => preloadPanels(id, sites), [id, sites]);

  useEscapeDeselects(() => {
    dismissRestored();
    setAbout(false);
  });
  // Fewer keys to an answer: [ and ] move the time through its stops while something is cut, P jumps
  // to the panel (and Esc comes back to the diagram).
  const stepTimeBy = (step: 1 | -1) => {
    if (!isCutting(resolution)) return;
    const next = stepTime([architecture], scenario.t ?? 0, step);
    setTime(next === 0 ? null : next);
  };
  useHotkeys({
    '[': () => stepTimeBy(-1),
    ']': () => stepTimeBy(1),
    p: () =>
      document
        .getElementById('details-panel')
        ?.querySelector<HTMLElement>('button, a[href], input, [tabindex="0"]')
        ?.focus(),
  });
  const covered = usePanelCover(shown.panel !== null);
  // What must stay in view beside the panel: the selection, or the few sites just cut (with the panel, so
  // the view moves once, when the panel it keeps them clear of is there).
  const shownCut = shown.resolved.resolution;
  const reveal = useMemo(() => {
    if (selected) return [selected];
    if (sites !== null || shownCut.centralDown || shownCut.cutSites.size === 0 || shownCut.cutSites.size > 3)
      return null;
    return [...shownCut.cutSites].map(siteNodeId);
  }, [selected, sites, shownCut]);

  return (
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions -- prefetching on intent, not an action
    <div className="flex h-full min-h-0 flex-col" onPointerEnter={preload} onFocus={preload}>
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b-2 border-line bg-surface px-3 py-1">
        <div className="min-w-0 flex-1 md:basis-28">
          <h1 className="truncate text-base leading-tight font-bold md:text-lg" title={architecture.name}>
            {architecture.name}
          </h1>
          <div className="flex min-w-0 items-baseline gap-2 text-xs md:text-sm">
            {id === YOURS && (
              // A few words before the model's line: the header keeps the height of a shipped architecture's (at
              // 1280 wide the whole sentence took three lines); all of it is read out, and shown on hover.
              <p
                className="shrink-0 font-semibold whitespace-nowrap text-warn"
                data-testid="own-badge"
                title="Your own architecture, kept in this browser; not part of the reference set"
              >
                Your own<span className="sr-only">, kept in this browser; not part of the reference set</span> ·{' '}
                <a className="underline" href="#/edit">
                  Edit it
                </a>
              </p>
            )}
            <p className="min-w-0 truncate text-muted max-md:hidden">
              {modelNames[architecture.model] ?? architecture.model} · {formatCount(architecture.sites.length - 1)} edge
              sites · {formatCount(architecture.components.length)} components
            </p>
          </div>
        </div>
        {embed ? (
          <a
            href={currentPermalink({ withoutEmbed: true })}
            target="_blank"
            rel="noopener"
            className="font-semibold underline"
          >
            Open in explorer ↗
          </a>
        ) : (
          <ArchitectureToolbar
            id={id}
            architecture={architecture}
            resolved={resolved}
            states={states}
            panelOpen={panel !== null}
            onAbout={() => (selected ? selectNode(null) : setAbout(!about))}
          />
        )}
      </header>
      <div className="relative flex min-h-0 flex-1">
        <main className="relative min-h-0 flex-1" data-testid="graph" aria-label={`${architecture.name} diagram`}>
          <GraphCanvas
            // A different fleet is a different picture: start from a fresh fit.
            key={sites ?? 'documented'}
            label={`${architecture.name}: ${architecture.sites.length} sites and ${architecture.components.length} components`}
            nodes={flow.nodes}
            edges={flow.edges}
            focusing={focusing}
            focusLinks={emphasis.focusLinks}
            labelFor={selected}
            reveal={reveal}
            covered={covered}
            view={view}
            onViewChange={setView}
            onSelect={selectNode}
            onToggleSite={toggle}
            centralDown={resolution.centralDown}
            fleet={sites !== null}
            overview={overview}
            onVisibleRegion={sites !== null ? onVisibleRegion : undefined}
            embedded={embed}
          />
        </main>
        {!embed && <SidePanel id={id} sites={sites} architecture={architecture} {...shown} onCloseAbout={closeAbout} />}
        {/* Over the diagram's top-left corner, and last in the Tab order: the diagram and its panel come first. */}
        <div className="pointer-events-none absolute top-2 left-2 z-10 max-w-[16rem] [&>*]:pointer-events-auto">
          <Legend />
        </div>
      </div>
      {embed && (
        // An embed keeps its room for the diagram: one line of summary, the rest in the explorer.
        <Suspense fallback={null}>
          <EmbedSummary
            caption={describeScenario(architecture, resolved, { time: false })}
            cutting={resolution.centralDown || resolution.cutSites.size > 0 || resolved.conditions !== NORMAL}
            components={architecture.components}
            cutSites={resolution.cutSites}
            states={states}
            t={t}
            selected={
              panel === 'details' && selected && states.get(selected)
                ? { component: componentById(architecture, selected)!, state: states.get(selected)! }
                : null
            }
            href={currentPermalink({ withoutEmbed: true })}
          />
        </Suspense>
      )}
    </div>
  );
}
