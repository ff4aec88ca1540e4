// With extensions: vite.config.ts imports this file, and Vite's native config loader needs them.
import { entryDocumentFor } from './app-paths.ts';
import { BASE_PATH_CHECK_FILE } from './base-path-check.ts';
import { ALL_ROUTES } from './routes.ts';

/**
 * The files a build adds so that any static host serves every route, with no rewrite rules:
 * one entry document per route (a copy of index.html at `results/index.html`…), `404.html`
 * (GitHub Pages serves it for any other path, and the app shows its own "Page not found"), and a
 * `_redirects` fallback for the hosts that read one (Netlify, Cloudflare Pages).
 */
export function staticHostFiles(basePath: string, indexHtml: string): ReadonlyMap<string, string> {
  const files = new Map<string, string>();
  for (const route of ALL_ROUTES) {
    const fileName = entryDocumentFor(route);
    if (fileName !== 'index.html') files.set(fileName, indexHtml);
  }
  // Served for any path, at any depth: only an absolute URL is right (under the base it was built for).
  files.set('404.html', indexHtml.replace(`src="./${BASE_PATH_CHECK_FILE}"`, `src="${basePath}${BASE_PATH_CHECK_FILE}"`));
  files.set('_redirects', redirectsFile(basePath));
  return files;
}

/** Netlify / Cloudflare Pages rules: existing files win, so this only catches paths that are no route. */
export function redirectsFile(basePath: string): string {
  return [
    '# Every route has its own entry document; any other path under the base gets the app, which says "Page not found".',
    `${basePath}*  ${basePath}index.html  200`,
    '',
  ].join('\n');
}
