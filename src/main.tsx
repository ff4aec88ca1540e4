import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { WrongBasePath } from './app/wrong-base-path';
import './app/styles.css';
import { isUnderBasePath } from './lib/app-paths';
import { trackInputModality } from './state/input-modality';
import { applyPreferences, followSystemTheme, setPresenterMode } from './state/preferences';
import { readPresenterParameter } from './domain/request/presenter-parameter';
import { firstPaintNeedsComposePanels, loadAhead } from './app/prefetch';
import { loadComposePanels } from './app/compose-screen';

// A demo link may open straight into presenter mode (presenter=1).
const presenter = readPresenterParameter(new URLSearchParams(window.location.search));
if (presenter !== undefined) setPresenterMode(presenter);
applyPreferences();
followSystemTheme();
trackInputModality();

// Start-up only: paint first. The mock provider's worker loads when a screen needs it.
const root = createRoot(document.getElementById('root')!);
if (isUnderBasePath(window.location.pathname)) {
  const url = new URL(window.location.href);
  // The compose screen paints whole or not at all: its panels' chunk first (issue 29). A failed load
  // paints the launch panel, and the screen loads the panels again.
  const ready = firstPaintNeedsComposePanels(url) ? loadComposePanels().catch(() => undefined) : Promise.resolve();
  const rendered = ready.then(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
  // Called now, not after the render: an autostart link's flow code loads while the first screen renders.
  loadAhead(url, rendered);
} else {
  // Static, not import(): outside the base path, a chunk's URL may not resolve either.
  root.render(<WrongBasePath pathname={window.location.pathname} />);
}
