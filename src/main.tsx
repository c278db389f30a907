import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startPwa } from './app/pwa/startPwa';
import { start } from './app/start';
import './app/app.css';

const root = document.getElementById('root');
if (root) {
  // A transition: React draws the first render in slices of a few ms, not one long task
  // (the shell in index.html shows the same bar meanwhile).
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
void start();
startPwa();
