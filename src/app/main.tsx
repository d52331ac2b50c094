import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bindUrl } from '../state/urlBinding';
import { useExplorer } from '../state/store';
import { loadBundle, summaryById } from '../data/access';
import { App } from './App';
import './styles.css';

bindUrl();
// Start fetching the linked architecture's data while React starts, not after it has rendered.
const { route } = useExplorer.getState().choices;
if ((route.page === 'arch' || route.page === 'present') && summaryById.has(route.id)) void loadBundle(route.id);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
