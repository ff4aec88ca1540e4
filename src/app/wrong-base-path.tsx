import { WRONG_BASE_PATH_TITLE, baseCommand, wrongBasePathText } from '../domain/messages/wrong-base-path-messages';
import { BASE_PATH } from '../lib/app-paths';

/**
 * Shown instead of the app when its code loaded but the page is outside the base path the build
 * expects: the router would match nothing and paint a blank page. (Where not even the code loads,
 * the built index.html says the same: scripts/wrong-base-path-plugin.ts.)
 */
export function WrongBasePath({ pathname }: { pathname: string }) {
  return (
    <main className="panel" role="alert">
      <h1>{WRONG_BASE_PATH_TITLE}</h1>
      <p>
        {wrongBasePathText(BASE_PATH)} <code>{baseCommand(undefined)}</code>
      </p>
      <p className="muted small">
        This page is at <code>{pathname}</code>.
      </p>
    </main>
  );
}
