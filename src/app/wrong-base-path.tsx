import { BASE_PATH } from '../lib/app-paths';

/**
 * Shown instead of the app when the page is outside the base path the build expects: the router
 * would match nothing and paint a blank page.
 */
export function WrongBasePath({ pathname }: { pathname: string }) {
  return (
    <main className="panel" role="alert">
      <h1>This build is served from the wrong path</h1>
      <p>
        It was built for <code>{BASE_PATH}</code> but this page is at <code>{pathname}</code>. Serve it under{' '}
        <code>{BASE_PATH}</code>, or build it for the path it is served from: <code>npm run build -- --base=/that/path/</code>.
      </p>
    </main>
  );
}
