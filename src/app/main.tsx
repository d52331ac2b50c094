import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bindUrl } from '../url/binding';
import { correctLink } from '../url/corrections';
import { useExplorer } from '../url/store';
import { architectureById, loadBundle, preloadOverview } from '../dataset/access';
import { App } from './App';
import './styles.css';

const known = new Set(architectureById.keys());
bindUrl({ correct: (parsed) => correctLink(parsed, known, loadBundle) });
// The linked page's data is fetched now and awaited (briefly) before the first render, so the page
// appears complete instead of passing through a loading state.
const { route } = useExplorer.getState().choices;
const first =
  (route.page === 'arch' || route.page === 'present') && architectureById.has(route.id)
    ? loadBundle(route.id)
    : route.page === 'home'
      ? preloadOverview()
      : null;
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Not a top-level await: that would make the bundler split the entry into many small chunks.
// The diagram's boxes are sized for Inter: drawn before it loads, the first frame's labels would not fit.
const font = document.fonts.load('600 14px Inter').catch(() => null);
const ready = first ? Promise.all([first.catch(() => null), font]) : font;
void Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 800))]).then(render);
