import { useCallback, useEffect, useMemo } from 'react';
import { useBundle } from '../../dataset/access';
import { hrefTo } from '../../url/hrefs';
import { chooseTheme, useAppliedTheme } from '../../ui/theme';
import { describeCut } from '../../simulation/summary';
import { cutOfStep } from '../../simulation/tour';
import { correctChoices, navigate, selectNode, setChoices, useExplorer } from '../../url/store';
import { correctStep } from '../../url/corrections';
import { formatCut } from '../../url/codec';
import { linkHasParam } from '../../url/binding';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { KnownArchitecture } from '../../ui/KnownArchitecture';
import { useCorrections, useSimulation } from '../canvas/useSimulation';

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
  const rawStep = useExplorer((s) => s.choices.step);
  const cut = useExplorer((s) => s.choices.cut);
  const view = useExplorer((s) => s.choices.view);
  const theme = useAppliedTheme();
  const stepNumber = Math.min(Math.max(rawStep ?? 1, 1), Math.max(tour.length, 1));
  const step = tour[stepNumber - 1];
  const focus = step?.focus ?? null;
  const { resolution, flow, toggle } = useSimulation(bundle, cut, { focus });
  useCorrections(bundle);

  // A link without a cut opens the step as the tour wrote it; a step past the end is clamped.
  useEffect(() => {
    const { patch, notices } = correctStep(architecture, rawStep);
    if (!linkHasParam('cut') && step?.cut !== undefined) patch.cut = cutOfStep(step.cut);
    if (Object.keys(patch).length || notices.length) correctChoices(patch, notices);
    // Only when the presentation opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const goTo = useCallback(
    (n: number) => {
      const target = Math.min(Math.max(n, 1), tour.length);
      if (target === stepNumber) return;
      setChoices({ step: target, cut: cutOfStep(tour[target - 1]?.cut), view: null });
    },
    [tour, stepNumber],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea')) return;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
          event.preventDefault();
          goTo(stepNumber + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          event.preventDefault();
          goTo(stepNumber - 1);
          break;
        case 'Home':
          event.preventDefault();
          goTo(1);
          break;
        case 'End':
          event.preventDefault();
          goTo(tour.length);
          break;
        case 'f':
        case 'F':
          event.preventDefault();
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen?.().catch(() => {});
          break;
        case 'Escape':
          if (document.fullscreenElement) return;
          event.preventDefault();
          navigate({ page: 'arch', id }, { cut: useExplorer.getState().choices.cut });
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, stepNumber, tour.length, id]);

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
        <button type="button" className={controlClass} onClick={() => goTo(stepNumber - 1)} disabled={stepNumber <= 1} aria-keyshortcuts="ArrowLeft PageUp">
          ← Previous
        </button>
        <button type="button" className={controlClass} onClick={() => goTo(stepNumber + 1)} disabled={stepNumber >= tour.length} aria-keyshortcuts="ArrowRight PageDown Space">
          Next →
        </button>
        <button type="button" className={controlClass} onClick={() => chooseTheme(theme === 'projector' ? 'light' : 'projector')} aria-pressed={theme === 'projector'}>
          ◑ Projector
        </button>
        <a href={hrefTo({ page: 'arch', id }, { cut })} className={`${controlClass} text-fg no-underline`} aria-keyshortcuts="Escape">
          ✕ Exit
        </a>
      </nav>
    </div>
  );
}
