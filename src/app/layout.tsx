import { NavLink, Outlet } from 'react-router';
import { effectiveTheme, setPreferences, usePreferences } from '../state/preferences';

export function Layout() {
  const preferences = usePreferences();
  const dark = effectiveTheme(preferences) === 'dark';
  return (
    <div className="app">
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <span className="brand">OIDC Scopes &amp; Claims Playground</span>
        <nav aria-label="Main">
          <NavLink to="/" end>Compose</NavLink>
          <NavLink to="/scenarios">Scenarios</NavLink>
          <NavLink to="/results">Results</NavLink>
          <NavLink to="/compare">Compare</NavLink>
          <NavLink to="/catalogue">Catalogue</NavLink>
          <NavLink to="/inspect">Inspect</NavLink>
        </nav>
        <div className="preferences">
          <button
            type="button"
            aria-pressed={dark}
            title={preferences.theme === 'system' ? 'Follows your system setting until you choose' : undefined}
            onClick={() => setPreferences({ ...preferences, theme: dark ? 'light' : 'dark' })}
          >
            Dark theme
          </button>
          <button type="button" aria-pressed={preferences.largeText} onClick={() => setPreferences({ ...preferences, largeText: !preferences.largeText })}>
            Larger text
          </button>
        </div>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
