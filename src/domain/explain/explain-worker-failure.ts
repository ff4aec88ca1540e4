export interface WorkerFailure {
  /** The message MSW or the browser gave. */
  readonly message: string;
  /** Where the app looked for the worker, e.g. `/oidc-playground/mockServiceWorker.js`. */
  readonly workerUrl: string;
  /** The base path the app was built with (Vite's `--base`). */
  readonly basePath: string;
  /** The path the page was loaded from. */
  readonly pagePath: string;
}

/**
 * What to do when the mock provider's service worker does not start. MSW's own message for a
 * missing worker says to run `npx msw init`, but the worker ships in every build (public/): when
 * it is missing, the site is served from another path than the one it was built for.
 */
export function explainWorkerFailure({ message, workerUrl, basePath, pagePath }: WorkerFailure): string {
  const rebuild = `Rebuild with the path the site is served from (npm run build -- --base=/that/path/), or serve this build under ${basePath}.`;
  if (!pagePath.startsWith(basePath) && `${pagePath}/` !== basePath) {
    return `This build expects to be served under ${basePath}, but this page is at ${pagePath}. ${rebuild}`;
  }
  // A 404 (MSW: "does not exist at the given path") or a host's HTML fallback page served in its place.
  if (/404|does not exist|MIME type|text\/html/i.test(message)) {
    return `The mock provider's service worker is not served at ${workerUrl} (the build's mockServiceWorker.js, under its base path ${basePath}). The path is wrong, not the install: running "npx msw init" does not help. ${rebuild}`;
  }
  return `The mock provider's service worker did not start: ${message.replace(/^\[MSW\]\s*/, '')}`;
}
