import { useCallback, useMemo } from 'react';
import { useBundle } from '../../dataset/access';
import { hrefTo } from '../../url/hrefs';
import { chooseTheme, useAppliedTheme } from '../../ui/theme';
import { describeCut } from '../../simulation/summary';
import { cutOfStep } from '../../simulation/cut';
import { parseDuration } from '../../model/duration';
import { useHotkeys } from '../../ui/useHotkeys';
import {
  navigate,
  selectCut,
  selectNode,
  selectStep,
  selectTime,
  selectView,
  setChoices,
  useExplorer,
} from '../../url/store';
import { formatCut } from '../../url/codec';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { KnownArchitecture } from '../../ui/KnownArchitecture';
import { useSimulation } from '../canvas/useSimulation';

export function PresentPage({ id }: { id: string }) {
  return (
    <KnownArchitecture id={id} loading="the presentation">
      <Presentation id={id} />
    </KnownArchitecture>
  );
}

/** Keep the focused components above the caption and below the controls. */
const captionClearance = { top: '64px', bottom: '48%', left: '6%', right: '6%' } as const;

const controlClass = 'rounded-lg border-2 border-line bg-surface px-3 py-1 font-semibold disabled:opacity-40';

/**
 * Full-window walk through the architecture's tour: each step zooms to its components, highlights
 * them, may apply a cut, and shows its caption in large type. Keyboard and clicker friendly.
 */
function Presentation({ id }: { id: string }) {
  const bundle = useBundle(id);
  const { architecture } = bundle;
  const tour = useMemo(() => architecture.tour ?? [], [architecture]);
  const rawStep = useExplorer(selectStep);
  const cut = useExplorer(selectCut);
  const t = useExplorer(selectTime);
  const view = useExplorer(selectView);
  const theme = useAppliedTheme();
  const stepNumber = Math.min(Math.max(rawStep ?? 1, 1), Math.max(tour.length, 1));
  const step = tour[stepNumber - 1];
  const focus = step?.focus ?? null;
  const { resolution, flow, toggle, focusing, emphasis } = useSimulation(bundle, cut, { t, focus });

  const goTo = useCallback(
    (n: number) => {
      const target = Math.min(Math.max(n, 1), tour.length);
      if (target === stepNumber) return;
      const next = tour[target - 1];
      setChoices({
        step: target,
        cut: cutOfStep(next?.cut),
        t: next?.t === undefined ? null : parseDuration(next.t),
        view: null,
      });
    },
    [tour, stepNumber],
  );

  const next = () => goTo(stepNumber + 1);
  const previous = () => goTo(stepNumber - 1);
  useHotkeys({
    ArrowRight: next,
    PageDown: next,
    ' ': next,
    ArrowLeft: previous,
    PageUp: previous,
    Home: () => goTo(1),
    End: () => goTo(tour.length),
    f: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    },
    Escape: () => {
      if (document.fullscreenElement) return;
      navigate({ page: 'arch', id }, { cut: useExplorer.getState().choices.cut, t: useExplorer.getState().choices.t });
    },
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

  return (
    <div className="relative h-full w-full" data-testid="presentation" data-step={stepNumber}>
      <h1 className="sr-only">
        {architecture.name}: presentation, step {stepNumber} of {tour.length}
      </h1>
      <GraphCanvas
        label={`${architecture.name}, step ${stepNumber}: ${step.title}`}
        nodes={flow.nodes}
        edges={flow.edges}
        focusing={focusing}
        focusLinks={emphasis.focusLinks}
        labelFor={null}
        view={view}
        onViewChange={(v) => setChoices({ view: v })}
        onSelect={selectNode}
        onToggleSite={toggle}
        centralDown={resolution.centralDown}
        fitTo={focus}
        fitPadding={captionClearance}
        minimap={false}
      />
      <section
        aria-live="polite"
        aria-labelledby="step-title"
        className="absolute right-3 bottom-3 left-3 z-10 mx-auto max-w-4xl rounded-2xl border-2 border-line bg-surface/95 p-4 shadow-2xl md:p-6"
        data-testid="caption"
      >
        <p className="text-base font-semibold text-muted" data-testid="step-counter">
          Step {stepNumber} of {tour.length} · {architecture.name}
          {formatCut(cut) ? ` · ${describeCut(architecture, resolution)}` : ''}
        </p>
        <h2 id="step-title" className="mt-1 text-2xl leading-tight font-bold md:text-4xl">
          {step.title}
        </h2>
        <p className="mt-2 text-lg md:text-2xl">{step.text}</p>
      </section>
      <nav aria-label="Presentation" className="absolute top-3 right-3 z-10 flex flex-wrap gap-2">
        <button
          type="button"
          className={controlClass}
          onClick={() => goTo(stepNumber - 1)}
          disabled={stepNumber <= 1}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          ← Previous
        </button>
        <button
          type="button"
          className={controlClass}
          onClick={() => goTo(stepNumber + 1)}
          disabled={stepNumber >= tour.length}
          aria-keyshortcuts="ArrowRight PageDown Space"
        >
          Next →
        </button>
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
      </nav>
    </div>
  );
}
