import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import { applyPreferences, followSystemTheme } from './lib/preferences';
import { prefetchAfterFirstPaint } from './lib/prefetch';

applyPreferences();
followSystemTheme();

// Start-up only: paint first. The mock provider's worker loads when a screen needs it.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

prefetchAfterFirstPaint();
