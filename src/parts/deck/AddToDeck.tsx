/** "+ Deck": the view on screen (its link, with a title) becomes the next slide of the deck being collected. */
import { useState } from 'react';
import { buttonClass } from '../../ui/buttonClass';
import { currentPermalink } from '../../url/binding';
import { hrefTo } from '../../url/hrefs';
import { MAX_SLIDE_TITLE, MAX_SLIDES } from '../../url/deck';
import { useExplorer } from '../../url/store';
import { addToWorkingDeck, useWorkingDeckSize } from './workingDeck';
import { describeChoices } from './describeSlide';

/** @param what what the view shows ("KubeEdge"); the slide's title adds its condition, and is editable on the deck page. */
export function AddToDeck({ what, className = `${buttonClass} border-line` }: { what: string; className?: string }) {
  const size = useWorkingDeckSize();
  const [added, setAdded] = useState(false);
  const add = () => {
    const { choices } = useExplorer.getState();
    const hash = new URL(currentPermalink({ withoutEmbed: true })).hash;
    const { condition } = describeChoices(choices);
    // A tour step's own title says what it is about.
    const title = choices.route.page === 'present' || condition === 'all connected' ? what : `${what}: ${condition}`;
    if (addToWorkingDeck({ hash, title: title.slice(0, MAX_SLIDE_TITLE) })) setAdded(true);
  };
  return (
    <span className="inline-flex items-center gap-1.5">
      <button
        type="button"
        className={className}
        onClick={add}
        disabled={size >= MAX_SLIDES}
        data-testid="add-to-deck"
        title={
          size >= MAX_SLIDES ? `The deck is full (${MAX_SLIDES} slides)` : 'Add this view, as it is now, to your deck'
        }
      >
        + Deck
      </button>
      {added && (
        <a href={hrefTo({ page: 'deck' })} className="text-sm font-semibold underline" data-testid="deck-count">
          {size} in deck
        </a>
      )}
    </span>
  );
}
