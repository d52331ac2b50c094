import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AddToDeck } from '../../parts/deck/AddToDeck';
import { useBundle } from '../../dataset/access';
import { hrefTo } from '../../url/hrefs';
import { chooseTheme, useAppliedTheme } from '../../ui/theme';
import { describeScenario } from '../../simulation/scenario';
import { NORMAL } from '../../simulation/status';
import { stepConditions } from '../../simulation/cut';
import { useHotkeys } from '../../ui/useHotkeys';
import { useEscapeDeselects } from '../../ui/useEscapeDeselects';
import {
  navigate,
  selectEmbed,
  selectNode,
  selectNodeId,
  selectPart,
  selectStep,
  selectView,
  setChoices,
  useExplorer,
  useScenario,
} from '../../url/store';
import { formatCut, LAST_PART } from '../../url/codec';
import { GraphCanvas } from '../../parts/canvas/GraphCanvas';
import { KnownArchitecture } from '../../ui/KnownArchitecture';
import { useSimulation } from '../../parts/canvas/useSimulation';
import { DetailsPanel } from '../../parts/details/DetailsPanel';
import { useEmbedLinks } from '../../parts/share/embedLinks';
import { absoluteBoxes } from '../../parts/canvas/flow/boxes';
import { saveTourSlides } from '../../parts/export/saveTourSlides';
import { FRAME_PADDING, MAX_TOUR_ZOOM, MIN_TOUR_ZOOM, framesFor } from './frames';
import { componentById } from '../../simulation/lookup';

export function PresentPage({ id }: { id: string }) {
  return (
    <KnownArchitecture id={id} loading="the presentation">
      <Presentation id={id} />
    </KnownArchitecture>
  );
}

const framing = { padding: FRAME_PADDING, zoom: { min: MIN_TOUR_ZOOM, max: MAX_TOUR_ZOOM } };

const controlClass =
  'rounded-lg border-2 border-line bg-surface px-3 py-1 font-semibold whitespace-nowrap disabled:opacity-40';

/** The canvas's size, for framing the step in what is left between the controls and the caption. */
function useSize(element: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(() =>
      setSize((s) =>
        s.width === target.clientWidth && s.height === target.clientHeight
          ? s
          : { width: target.clientWidth, height: target.clientHeight },
      ),
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

/**
 * Full-window walk through the architecture's tour, laid out for a 720p screen share: the controls in
 * a band at the top, the caption in its own band at the bottom (C hides it), the diagram between them
 * and never under either. Each step frames its components at a zoom where their labels are at least
 * 14 px; a set too large for one screen is shown in parts that Next pans through. Clicking a component
 * (or Enter on it) shows its details beside the diagram without leaving the tour.
 */
function Presentation({ id }: { id: string }) {
  const bundle = useBundle(id);
  const { architecture } = bundle;
  const tour = useMemo(() => architecture.tour ?? [], [architecture]);
  const rawStep = useExplorer(selectStep);
  const part = useExplorer(selectPart);
  const scenario = useScenario();
  const { cut } = scenario;
  const view = useExplorer(selectView);
  const selected = useExplorer(selectNodeId);
  const embed = useExplorer(selectEmbed);
  useEmbedLinks(embed);
  const theme = useAppliedTheme();
  const stepNumber = Math.min(Math.max(rawStep ?? 1, 1), Math.max(tour.length, 1));
  const step = tour[stepNumber - 1];
  const focus = step?.focus ?? null;
  const { resolved, resolution, flow, states, toggle, focusing, emphasis } = useSimulation(bundle, scenario, {
    focus,
  });
  const [captionShown, setCaptionShown] = useState(true);
  const [slides, setSlides] = useState<string | null>(null);
  const saveSlides = async () => {
    setSlides('Drawing the slides…');
    try {
      await saveTourSlides(bundle, 'print', (done, total) =>
        setSlides(`Slide ${Math.min(done + 1, total)} of ${total}…`),
      );
      setSlides(null);
    } catch (error) {
      setSlides(`Slides failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const canvas = useRef<HTMLElement>(null);
  const size = useSize(canvas);

  // The step's frames on this canvas; the part shown is in the link (`part=`).
  const framesOf = useCallback(
    (ids: readonly string[]) => {
      const wanted = new Set(ids);
      const boxes = absoluteBoxes(flow.nodes)
        .filter((b) => wanted.has(b.node.id))
        .map((b) => ({ id: b.node.id, x: b.x, y: b.y, width: b.width, height: b.height }));
      return framesFor(boxes, size.width, size.height);
    },
    [flow.nodes, size.width, size.height],
  );
  const frames = useMemo(() => framesOf(focus ?? []), [framesOf, focus]);
  const frameIndex = Math.max(0, Math.min((part ?? 1) - 1, frames.length - 1));
  const frame = frames[frameIndex];
  const fitTo = useMemo(() => frame?.ids ?? focus, [frame, focus]);

  /** To step `n`, at its first part or its last (stepping back into it). */
  const goTo = useCallback(
    (n: number, at: 'first' | 'last' = 'first') => {
      const target = Math.min(Math.max(n, 1), tour.length);
      if (target === stepNumber) return;
      setChoices({
        step: target,
        part: at === 'last' ? LAST_PART : null,
        ...stepConditions(tour[target - 1]),
        view: null,
        node: null,
      });
    },
    [tour, stepNumber],
  );

  const next = () => {
    if (frameIndex < frames.length - 1) setChoices({ part: frameIndex + 2, view: null });
    else goTo(stepNumber + 1);
  };
  const previous = () => {
    if (frameIndex > 0) setChoices({ part: frameIndex, view: null });
    else goTo(stepNumber - 1, 'last');
  };
  const exit = () =>
    navigate({ page: 'arch', id }, { cut: useExplorer.getState().choices.cut, t: useExplorer.getState().choices.t });
  useHotkeys({
    ArrowRight: next,
    PageDown: next,
    ' ': next,
    ArrowLeft: previous,
    PageUp: previous,
    Home: () => goTo(1),
    End: () => goTo(tour.length, 'last'),
    c: () => setCaptionShown((shown) => !shown),
    f: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    },
  });
  useEscapeDeselects(() => {
    if (!document.fullscreenElement && !embed) exit();
  });

  if (!step) {
    return (
      <section className="p-8">
        <h1 className="text-2xl font-bold">{architecture.name} has no tour yet</h1>
        <a href={hrefTo({ page: 'arch', id })} className="underline">
          Back to the diagram
        </a>
      </section>
    );
  }

  const component = selected ? componentById(architecture, selected) : undefined;
  const long = step.text.length > 450;
  const simulating = formatCut(cut) !== null || resolved.conditions !== NORMAL;
  const conditionWords = simulating ? describeScenario(architecture, resolved) : '';
  return (
    <div
      className="flex h-full w-full flex-col"
      data-testid="presentation"
      data-step={stepNumber}
      data-part={frameIndex + 1}
      data-parts={frames.length}
    >
      <h1 className="sr-only">
        {architecture.name}: presentation, step {stepNumber} of {tour.length}
      </h1>
      <header
        className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b-2 border-line bg-surface px-3 py-1.5"
        data-testid="present-controls"
      >
        <div className="min-w-0 flex-1">
          <p className="truncate text-base font-semibold text-muted" data-testid="step-counter">
            Step {stepNumber} of {tour.length}
            {frames.length > 1 ? ` (part ${frameIndex + 1} of ${frames.length})` : ''} · {architecture.name}
          </p>
          {/* The condition in full, on its own line: it is what the step is about. */}
          {conditionWords && (
            <p className="text-sm leading-tight font-semibold text-warn" data-testid="present-condition">
              {conditionWords}
            </p>
          )}
        </div>
        <span role="status" aria-live="polite" className="text-sm text-muted" data-testid="present-slides-status">
          {slides}
        </span>
        <nav aria-label="Presentation" className="flex flex-wrap gap-2">
          <button
            type="button"
            className={controlClass}
            onClick={previous}
            disabled={stepNumber <= 1 && frameIndex === 0}
            aria-keyshortcuts="ArrowLeft PageUp"
          >
            ← Previous
          </button>
          <button
            type="button"
            className={controlClass}
            onClick={next}
            disabled={stepNumber >= tour.length && frameIndex >= frames.length - 1}
            aria-keyshortcuts="ArrowRight PageDown Space"
          >
            Next →
          </button>
          <button
            type="button"
            className={controlClass}
            onClick={() => setCaptionShown(!captionShown)}
            aria-pressed={!captionShown}
            aria-keyshortcuts="C"
            data-testid="caption-toggle"
          >
            {captionShown ? 'Hide caption' : 'Show caption'}
          </button>
          {!embed && (
            <>
              <button
                type="button"
                className={controlClass}
                onClick={() => void saveSlides()}
                aria-busy={slides !== null && slides.endsWith('…')}
                title="Download the tour as PowerPoint slides"
                data-testid="present-slides"
              >
                ⤓ Slides
              </button>
              <AddToDeck what={`${architecture.name}: ${step?.title ?? 'tour'}`} className={controlClass} />
              <button
                type="button"
                className={controlClass}
                onClick={() => chooseTheme(theme === 'projector' ? 'light' : 'projector')}
                aria-pressed={theme === 'projector'}
              >
                ◑ Projector
              </button>
              <a
                href={hrefTo({ page: 'arch', id }, { cut })}
                className={`${controlClass} text-fg no-underline`}
                aria-keyshortcuts="Escape"
              >
                ✕ Exit
              </a>
            </>
          )}
        </nav>
      </header>
      <div className="flex min-h-0 flex-1">
        <main
          ref={canvas}
          className="relative min-h-0 min-w-0 flex-1"
          data-testid="present-canvas"
          data-frame={frame?.ids.join(' ')}
          aria-label={`${architecture.name} diagram`}
        >
          {size.width > 0 && (
            <GraphCanvas
              label={`${architecture.name}, step ${stepNumber}: ${step.title}`}
              nodes={flow.nodes}
              edges={flow.edges}
              focusing={focusing}
              focusLinks={emphasis.focusLinks}
              labelFor={selected}
              view={view}
              onViewChange={(v) => setChoices({ view: v })}
              onSelect={selectNode}
              onToggleSite={toggle}
              centralDown={resolution.centralDown}
              fitTo={fitTo}
              framing={framing}
              minimap={false}
              controls={false}
              embedded={embed}
              arrowNavigation={false}
            />
          )}
        </main>
        {component && (
          <aside
            id="details-panel"
            aria-label="Details"
            className="w-[24rem] max-w-[45%] shrink-0 overflow-y-auto border-l-2 border-line bg-surface p-4"
          >
            <DetailsPanel
              architecture={architecture}
              component={component}
              state={states.get(component.id)!}
              onClose={() => selectNode(null)}
            />
          </aside>
        )}
      </div>
      {captionShown && (
        <section
          aria-live="polite"
          aria-labelledby="step-title"
          className="max-h-[40%] shrink-0 overflow-y-auto border-t-2 border-line bg-surface px-4 py-2 md:px-6 md:py-3"
          data-testid="caption"
        >
          <h2 id="step-title" className="text-2xl leading-tight font-bold md:text-[1.75rem]">
            {step.title}
          </h2>
          <p className={`mt-1 ${long ? 'text-base md:text-[1.05rem]' : 'text-lg md:text-xl'} leading-snug`}>
            {step.text}
          </p>
        </section>
      )}
    </div>
  );
}
