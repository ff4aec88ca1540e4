// With extensions: vite.config.ts imports this file, and Vite's native config loader needs them.
import { entryDocumentFor } from './app-paths.ts';

/**
 * A build served from the wrong path loads none of its code (its asset URLs start with the base it
 * was built for), so the message saying so is plain HTML in index.html, and one small script, loaded
 * by a URL relative to the document, fills in the path the site really is at.
 */
export const BASE_PATH_CHECK_FILE = 'base-path-check.js';

/** How an entry document refers to the script: relative, so it is found wherever the site was copied. */
export function basePathCheckSrc(entryDocument: string): string {
  const depth = entryDocument.split('/').length - 1;
  return `${depth === 0 ? './' : '../'.repeat(depth)}${BASE_PATH_CHECK_FILE}`;
}

/** `index.html`'s reference rewritten for the entry document of `route` (results/index.html → ../). */
export function withBasePathCheckFor(route: string, indexHtml: string): string {
  return indexHtml.replace(`src="${basePathCheckSrc('index.html')}"`, `src="${basePathCheckSrc(entryDocumentFor(route))}"`);
}

/**
 * The script: its own URL, resolved against the page, says which directory the site is served from.
 * Plain ES2015 with no imports, so it runs where nothing else of the build loads.
 */
export const BASE_PATH_CHECK_SCRIPT = `// Fills in the --base the wrong-base-path message (index.html) recommends.
(function () {
  var script = document.currentScript;
  var command = document.querySelector('[data-base-command]');
  if (!script || !command) return;
  var servedFrom = new URL('.', script.src).pathname;
  command.textContent = command.getAttribute('data-base-command').replace('{base}', servedFrom);
})();
`;
