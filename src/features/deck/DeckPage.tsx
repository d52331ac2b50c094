/**
 * A deck of your own: the slides collected with "+ Deck" (diagrams under their conditions, tour steps,
 * the board, comparisons), reordered, titled and removed here, shared as one link (the deck lives in it),
 * presented full window with the presentation's keys (`?step=N`), and saved as PowerPoint.
 */
import { Suspense, useState } from 'react';
import type { Slide } from '../../url/deck';
import { MAX_SLIDE_TITLE, MAX_SLIDES } from '../../url/deck';
import { hrefTo } from '../../url/hrefs';
import { absoluteLink } from '../../url/binding';
import { selectEmbed, selectStep, setChoices, useExplorer, type ExplorerState } from '../../url/store';
import { buttonClass } from '../../ui/buttonClass';
import { Loading } from '../../ui/Loading';
import { useHotkeys } from '../../ui/useHotkeys';
import { ShareButton } from '../../parts/share/ShareButton';
import { readWorkingDeck, saveWorkingDeck, useWorkingDeckCode } from '../../parts/deck/workingDeck';
import { encodeDeck } from '../../url/deck';
import { describeSlide } from '../../parts/deck/describeSlide';
import { SlideView } from '../../parts/deck/SlideView';

const selectDeck = (s: ExplorerState) => s.choices.deck;

/** The deck's new slides, in its link, and as the deck being collected here when it is that deck. */
function change(slides: Slide[], own: boolean): void {
  if (own) saveWorkingDeck(slides);
  setChoices({ deck: slides });
}

export function DeckPage() {
  const slides = useExplorer(selectDeck) ?? [];
  const step = useExplorer(selectStep);
  const embed = useExplorer(selectEmbed);
  return step !== null && slides.length > 0 ? (
    <DeckShow slides={slides} step={Math.min(step, slides.length)} embed={embed} />
  ) : (
    <DeckList slides={slides} />
  );
}

function DeckList({ slides: shown }: { slides: Slide[] }) {
  const [status, setStatus] = useState<string | null>(null);
  const working = useWorkingDeckCode();
  // A shared deck is edited in its link only: the deck collected here is never replaced unasked.
  const own = encodeDeck(shown) === working;
  const slides = shown;
  const mine = own ? 0 : readWorkingDeck().length;
  const move = (from: number, to: number) => {
    const next = [...slides];
    const [slide] = next.splice(from, 1);
    next.splice(to, 0, slide!);
    change(next, own);
  };
  const savePptx = async () => {
    setStatus('Drawing the slides…');
    try {
      const { saveDeckSlides } = await import('../../parts/export/saveDeckSlides');
      const saved = await saveDeckSlides(slides, (done, total) =>
        setStatus(`Slide ${Math.min(done + 1, total)} of ${total}…`),
      );
      setStatus(`✓ Slides saved: ${saved.slides} slides`);
    } catch (error) {
      setStatus(`✕ Slides failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="flex flex-col gap-3 px-3 py-3 md:px-6" data-testid="deck">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-72">
          <h1 className="text-2xl font-bold">Your deck</h1>
          <p className="text-muted">
            {slides.length} slide{slides.length === 1 ? '' : 's'}. The link holds the whole deck: share it to share the
            deck. Add slides with “+ Deck” on a diagram, a tour step, the board or a comparison.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          <a
            className={`${buttonClass} border-accent text-fg no-underline ${slides.length === 0 ? 'pointer-events-none opacity-40' : ''}`}
            href={hrefTo({ page: 'deck' }, { deck: slides, step: 1 })}
            aria-disabled={slides.length === 0}
            data-testid="deck-present"
          >
            ▶ Present
          </a>
          <button
            type="button"
            className={`${buttonClass} border-line`}
            onClick={() => void savePptx()}
            disabled={slides.length === 0}
            data-testid="deck-pptx"
          >
            ⤓ PowerPoint
          </button>
          <ShareButton title="A deck of the Edge Architecture Explorer" />
          <button
            type="button"
            className={`${buttonClass} border-line`}
            onClick={() => change([], own)}
            disabled={slides.length === 0}
          >
            Clear
          </button>
          <span role="status" aria-live="polite" className="text-sm" data-testid="deck-status">
            {status}
          </span>
        </div>
      </header>
      {!own && (
        <div
          className="flex flex-wrap items-center gap-2 rounded-lg border-2 border-accent bg-surface-2 p-2"
          data-testid="deck-shared"
        >
          <p className="min-w-0 flex-1 basis-72">
            A shared deck: changes here change this link only. Your own deck in this browser has {mine} slide
            {mine === 1 ? '' : 's'}.
          </p>
          {mine > 0 && (
            <a
              className={`${buttonClass} border-line text-fg no-underline`}
              href={hrefTo({ page: 'deck' }, { deck: readWorkingDeck() })}
            >
              Open your deck
            </a>
          )}
          <button
            type="button"
            className={`${buttonClass} border-line`}
            disabled={mine + slides.length > MAX_SLIDES}
            onClick={() => change([...readWorkingDeck(), ...slides], true)}
            data-testid="deck-keep"
          >
            {mine > 0 ? `Add these ${slides.length} to your deck` : 'Keep this deck here'}
          </button>
        </div>
      )}
      <ol className="flex flex-col gap-2" data-testid="deck-slides">
        {slides.map((slide, i) => {
          const { what, condition } = describeSlide(slide.hash);
          return (
            <li
              key={`${i}:${slide.hash}`}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border-2 border-line bg-surface p-2"
              data-testid="deck-slide"
            >
              <span className="w-8 text-right text-lg font-bold text-muted">{i + 1}</span>
              <div className="min-w-0 flex-1 basis-64">
                <label className="sr-only" htmlFor={`slide-title-${i}`}>
                  Title of slide {i + 1}
                </label>
                <input
                  id={`slide-title-${i}`}
                  defaultValue={slide.title}
                  maxLength={MAX_SLIDE_TITLE}
                  // A title is committed when the field is left (or Enter): one history entry, not one per key.
                  onBlur={(event) => {
                    const title = event.target.value.trim();
                    if (title !== slide.title)
                      change(
                        slides.map((s, k) => (k === i ? { ...s, title } : s)),
                        own,
                      );
                  }}
                  onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
                  className="w-full rounded-md border-2 border-line bg-surface px-2 py-0.5 font-semibold text-fg"
                  data-testid="deck-slide-title"
                />
                <p className="text-sm text-muted">
                  {what} · {condition} ·{' '}
                  <a href={slide.hash} className="underline">
                    open
                  </a>
                </p>
              </div>
              <div className="flex gap-1">
                <button
                  type="button"
                  className={`${buttonClass} border-line`}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                  aria-label={`Move slide ${i + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={`${buttonClass} border-line`}
                  disabled={i === slides.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={`Move slide ${i + 1} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={`${buttonClass} border-bad text-bad`}
                  onClick={() =>
                    change(
                      slides.filter((_, k) => k !== i),
                      own,
                    )
                  }
                  aria-label={`Remove slide ${i + 1}`}
                  data-testid="deck-remove"
                >
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {slides.length === 0 && <p className="text-muted">The deck is empty.</p>}
    </div>
  );
}

/** The deck full window: the slide's title and condition above, its view below; → ← Home End, Esc back to the list. */
function DeckShow({ slides, step, embed }: { slides: Slide[]; step: number; embed: boolean }) {
  const slide = slides[step - 1]!;
  const { condition } = describeSlide(slide.hash);
  const go = (n: number) => setChoices({ deck: slides, step: Math.min(Math.max(n, 1), slides.length) });
  useHotkeys({
    ArrowRight: () => go(step + 1),
    PageDown: () => go(step + 1),
    ' ': () => go(step + 1),
    ArrowLeft: () => go(step - 1),
    PageUp: () => go(step - 1),
    Home: () => go(1),
    End: () => go(slides.length),
    Escape: () => !embed && setChoices({ deck: slides, step: null }),
    f: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    },
  });
  return (
    <div className="flex h-[calc(100vh-3rem)] min-h-0 flex-col" data-testid="deck-show" data-step={step}>
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b-2 border-line bg-surface px-3 py-1.5">
        <div className="min-w-0 flex-1">
          <h1 className="text-xl leading-tight font-bold" data-testid="deck-show-title">
            {slide.title}
          </h1>
          <p className="text-sm font-semibold text-warn">
            Slide {step} of {slides.length} · {condition}
          </p>
        </div>
        <nav aria-label="Deck" className="flex gap-2">
          <button
            type="button"
            className={`${buttonClass} border-line`}
            onClick={() => go(step - 1)}
            disabled={step <= 1}
          >
            ← Previous
          </button>
          <button
            type="button"
            className={`${buttonClass} border-line`}
            onClick={() => go(step + 1)}
            disabled={step >= slides.length}
          >
            Next →
          </button>
          <a className={`${buttonClass} border-line text-fg no-underline`} href={absoluteLink(slide.hash)}>
            Open ↗
          </a>
          {!embed && (
            <a
              className={`${buttonClass} border-line text-fg no-underline`}
              href={hrefTo({ page: 'deck' }, { deck: slides })}
            >
              ✕ Exit
            </a>
          )}
        </nav>
      </header>
      <main className="relative min-h-0 flex-1" aria-label={`Slide ${step}: ${slide.title}`}>
        <Suspense fallback={<Loading what="the slide" />}>
          <SlideView key={slide.hash} hash={slide.hash} />
        </Suspense>
      </main>
    </div>
  );
}
