import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bindUrl } from '../url/binding';
import { useExplorer } from '../url/store';
import { knownArchitectures, loadBundle, loadGraph, preloadOverview } from '../dataset/access';
import { OwnArchitectureProblem } from '../dataset/yours';
import { App } from './App';
import { readWorkingDeck } from '../parts/deck/workingDeck';
import { loadFleet } from '../parts/canvas/useSimulation';
import './styles.css';

// The corrections load beside the linked data they check, not in the main bundle; a diagram link
// without parameters names nothing that could be missing, and needs none.
bindUrl({
  correct: async (parsed) => {
    const { route, deck } = parsed.choices;
    if (route.page === 'arch' && parsed.given.length === 0) return { patch: {}, notices: [] };
    // The deck page's plain link shows the deck collected in this browser, and puts it in the link.
    if (route.page === 'deck' && deck === null) return { patch: { deck: readWorkingDeck() }, notices: [] };
    return (await import('../url/corrections')).correctLink(parsed, knownArchitectures(), {
      graph: loadGraph,
      full: loadBundle,
    });
  },
});
// The linked page's data is fetched now and awaited (briefly) before the first render, so the page
// appears complete instead of passing through a loading state.
const { route } = useExplorer.getState().choices;
const known = knownArchitectures();
const first =
  route.page === 'arch' && known.has(route.id)
    ? loadGraph(route.id)
    : route.page === 'present' && known.has(route.id)
      ? loadBundle(route.id)
      : route.page === 'home'
        ? preloadOverview()
        : null;
const render = () =>
  createRoot(document.getElementById('root')!, {
    // Your own file with errors is a notice on the page (ui/KnownArchitecture), not a failure to log.
    onCaughtError: (error, info) => {
      if (!(error instanceof OwnArchitectureProblem)) console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Not a top-level await: that would make the bundler split the entry into many small chunks.
// The diagram's boxes are sized for Inter: drawn before it loads, the first frame's labels would not fit.
const font = document.fonts.load('600 14px Inter').catch(() => null);
// A fleet's generator too, when the link shows one.
const fleet = route.page === 'arch' && useExplorer.getState().choices.sites !== null ? loadFleet() : null;
const ready = Promise.all([first?.catch(() => null), fleet?.catch(() => null), font]);
void Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 800))]).then(render);
