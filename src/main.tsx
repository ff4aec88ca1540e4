import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import { WrongBasePath } from './app/wrong-base-path';
import { isUnderBasePath } from './lib/app-paths';
import { applyPreferences, followSystemTheme } from './state/preferences';
import { trackInputModality } from './state/input-modality';
import { loadAhead } from './app/prefetch';

applyPreferences();
followSystemTheme();
trackInputModality();

// Start-up only: paint first. The mock provider's worker loads when a screen needs it.
const root = createRoot(document.getElementById('root')!);
if (isUnderBasePath(window.location.pathname)) {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  loadAhead(new URL(window.location.href));
} else {
  root.render(<WrongBasePath pathname={window.location.pathname} />);
}
