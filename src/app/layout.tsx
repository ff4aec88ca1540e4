import { NavLink, Outlet } from 'react-router';

export function Layout() {
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
        </nav>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
