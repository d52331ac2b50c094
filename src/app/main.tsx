import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bindUrl } from '../state/urlBinding';
import { App } from './App';
import './styles.css';

bindUrl();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
