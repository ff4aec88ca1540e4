import { NavLink, Outlet } from 'react-router';
import { ROUTES } from '../domain/site/routes';
import { WaitStatus } from '../components/wait-status';
import { HeldStepGate, PresenterNarration } from '../components/flow-overlays';
import { effectiveTheme, setPreferences, usePreferences } from '../state/preferences';

/** The screens the header links to, in the order people use them. */
const MAIN_NAVIGATION = [
  { to: ROUTES.compose, label: 'Compose' },
  { to: ROUTES.learn, label: 'Learn' },
  { to: ROUTES.scenarios, label: 'Scenarios' },
  { to: ROUTES.results, label: 'Results' },
  { to: ROUTES.compare, label: 'Compare' },
  { to: ROUTES.catalogue, label: 'Catalogue' },
  { to: ROUTES.inspect, label: 'Inspect' },
] as const;

export function Layout() {
  const preferences = usePreferences();
  const dark = effectiveTheme(preferences) === 'dark';
  return (
    <div className="app">
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <span className="brand">
          OIDC <span className="brand-long">Scopes &amp; Claims </span>Playground
        </span>
        <nav aria-label="Main">
          {MAIN_NAVIGATION.map(({ to, label }) => (
            <NavLink key={to} to={to} end={to === ROUTES.compose}>{label}</NavLink>
          ))}
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
          <button type="button" aria-pressed={preferences.presenter} onClick={() => setPreferences({ ...preferences, presenter: !preferences.presenter })}>
            Presenter<span className="visually-hidden"> mode</span>
          </button>
        </div>
      </header>
      <main id="main" className="app-main">
        <PresenterNarration where="app" />
        <Outlet />
      </main>
      <HeldStepGate />
      <WaitStatus />
    </div>
  );
}
