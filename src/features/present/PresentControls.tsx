/**
 * The presentation's band at the top: where the tour is, the condition the step shows, and its
 * controls. An embed shows only the moves and the caption toggle.
 */
import { useState } from 'react';
import type { ArchitectureBundle } from '../../model/dataset';
import type { TourStep } from '../../model/schema';
import { AddToDeck } from '../../parts/deck/AddToDeck';
import { saveTourSlides } from '../../parts/export/saveTourSlides';
import { chooseTheme, useAppliedTheme } from '../../ui/theme';
import type { Move, Position } from './presentation';

const controlClass =
  'rounded-lg border-2 border-line bg-surface px-3 py-1 font-semibold whitespace-nowrap disabled:opacity-40';

interface Props {
  bundle: ArchitectureBundle;
  step: TourStep;
  at: Position;
  go: (move: Move) => void;
  can: (move: Move) => boolean;
  /** The step's cut and conditions in words ('' when it shows the architecture as documented). */
  condition: string;
  embed: boolean;
  captionShown: boolean;
  onToggleCaption: () => void;
  exitHref: string;
}

export function PresentControls(props: Props) {
  const { bundle, step, at, go, can, condition, embed, captionShown, onToggleCaption, exitHref } = props;
  const { name } = bundle.architecture;
  const theme = useAppliedTheme();
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
  return (
    <header
      className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b-2 border-line bg-surface px-3 py-1.5"
      data-testid="present-controls"
    >
      <div className="min-w-0 flex-1">
        <p className="truncate text-base font-semibold text-muted" data-testid="step-counter">
          Step {at.step} of {at.steps}
          {at.parts > 1 ? ` (part ${at.part} of ${at.parts})` : ''} · {name}
        </p>
        {/* The condition in full, on its own line: it is what the step is about. */}
        {condition && (
          <p className="text-sm leading-tight font-semibold text-warn" data-testid="present-condition">
            {condition}
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
          onClick={() => go('previous')}
          disabled={!can('previous')}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          ← Previous
        </button>
        <button
          type="button"
          className={controlClass}
          onClick={() => go('next')}
          disabled={!can('next')}
          aria-keyshortcuts="ArrowRight PageDown Space"
        >
          Next →
        </button>
        <button
          type="button"
          className={controlClass}
          onClick={onToggleCaption}
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
            <AddToDeck what={`${name}: ${step.title}`} className={controlClass} />
            <button
              type="button"
              className={controlClass}
              onClick={() => chooseTheme(theme === 'projector' ? 'light' : 'projector')}
              aria-pressed={theme === 'projector'}
            >
              ◑ Projector
            </button>
            <a href={exitHref} className={`${controlClass} text-fg no-underline`} aria-keyshortcuts="Escape">
              ✕ Exit
            </a>
          </>
        )}
      </nav>
    </header>
  );
}
