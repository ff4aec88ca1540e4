// With extensions: vite.config.ts imports this file, and Vite's native config loader needs them.
import { entryDocumentFor } from './app-paths.ts';
import { ALL_ROUTES } from './routes.ts';

/**
 * A build served from the wrong path loads none of its code (its asset URLs start with the base it
 * was built for), so the message saying so is plain HTML in index.html, and one small script, loaded
 * by the relative URL `./base-path-check.js`, fills in the path the site really is at. Where a
 * document is served from (`/results/`, `/results` without its slash, or a host's fallback of
 * index.html for `/mock-op/end-session`) decides which directory that URL names, so every directory
 * of a route, and each directory above it, holds a copy: each copy knows where it sits in the site.
 */
export const BASE_PATH_CHECK_FILE = 'base-path-check.js';

/** The directories (relative to the base, '' for the base itself, else ending in '/') that get a copy. */
export function basePathCheckDirectories(): string[] {
  const directories = new Set<string>(['']);
  for (const route of ALL_ROUTES) {
    const parts = entryDocumentFor(route).split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth++) directories.add(`${parts.slice(0, depth).join('/')}/`);
  }
  return [...directories].sort();
}

/**
 * The script for the copy in `directory`: its own URL, resolved against the page, less the directory
 * it sits in, is where the site is served from. Plain ES2015 with no imports, so it runs where nothing
 * else of the build loads.
 */
export function basePathCheckScript(directory: string): string {
  return `// Fills in the --base the wrong-base-path message (index.html) recommends.
(function () {
  var script = document.currentScript;
  var command = document.querySelector('[data-base-command]');
  if (!script || !command) return;
  var here = new URL('.', script.src).pathname;
  var within = ${JSON.stringify(directory)};
  var servedFrom = here.slice(0, here.length - within.length) || '/';
  command.textContent = command.getAttribute('data-base-command').replace('{base}', servedFrom);
})();
`;
}
