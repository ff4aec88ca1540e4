import type { Plugin } from 'vite';
import { BASE_PATH_CHECK_FILE, basePathCheckDirectories, basePathCheckScript } from '../src/domain/site/base-path-check.ts';
import { normalizeBasePath } from '../src/domain/site/app-paths.ts';
import { WRONG_BASE_PATH_TITLE, baseCommand, wrongBasePathText } from '../src/domain/messages/wrong-base-path-messages.ts';

/**
 * Served from another path than it was built for, a build loads none of its files: a blank page.
 * This puts the message into the built index.html itself, inside #root (React replaces it when the
 * app starts) and hidden by the app's stylesheet (`.wrong-base-path-fallback`), which is render-blocking:
 * where the stylesheet loads, the message is never painted; where it cannot, the message is all there
 * is. The check script (src/domain/site/base-path-check.ts) fills in the `--base` to use.
 */
export function wrongBasePathPlugin(): Plugin {
  let basePath = '/';
  return {
    name: 'oidc-playground:wrong-base-path',
    apply: 'build',
    configResolved(config) {
      basePath = normalizeBasePath(config.base === '' ? './' : config.base);
    },
    transformIndexHtml: (html) =>
      html.replace('<div id="root"></div>', `<div id="root">${fallbackHtml(basePath)}</div>\n    <script src="./${BASE_PATH_CHECK_FILE}"></script>`),
    // In the bundle, so the app's service worker keeps them for offline use like every other file.
    generateBundle() {
      for (const directory of basePathCheckDirectories()) {
        this.emitFile({ type: 'asset', fileName: `${directory}${BASE_PATH_CHECK_FILE}`, source: basePathCheckScript(directory) });
      }
    },
  };
}

function fallbackHtml(basePath: string): string {
  const template = escapeHtml(baseCommand('{base}'));
  return [
    '<main class="wrong-base-path-fallback" role="alert">',
    `<h1>${escapeHtml(WRONG_BASE_PATH_TITLE)}</h1>`,
    `<p>${escapeHtml(wrongBasePathText(basePath))}</p>`,
    `<pre><code data-base-command="${template}">${escapeHtml(baseCommand(undefined))}</code></pre>`,
    '</main>',
  ].join('');
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
