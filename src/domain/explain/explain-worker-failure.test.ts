import { describe, expect, it } from 'vitest';
import { explainWorkerFailure } from './explain-worker-failure';

const base = { workerUrl: '/oidc-playground/mockServiceWorker.js', basePath: '/oidc-playground/', pagePath: '/oidc-playground/' };

describe('explainWorkerFailure', () => {
  it('names the base path instead of MSW’s "npx msw init" hint when the worker is not found', () => {
    const message = explainWorkerFailure({
      ...base,
      message: '[MSW] Failed to register a Service Worker for scope (…): Service Worker script does not exist at the given path.\n\nDid you forget to run "npx msw init <PUBLIC_DIR>"?',
    });
    expect(message).toContain('not served at /oidc-playground/mockServiceWorker.js');
    expect(message).toContain('--base=');
    expect(message).toContain('does not help');
  });

  it('treats a host’s HTML fallback served as the worker as a missing worker', () => {
    const message = explainWorkerFailure({ ...base, message: "The script has an unsupported MIME type ('text/html')." });
    expect(message).toContain('not served at');
  });

  it('says the page is outside the base path the build expects', () => {
    const message = explainWorkerFailure({ ...base, pagePath: '/elsewhere/results', message: 'anything' });
    expect(message).toBe(
      'This build expects to be served under /oidc-playground/, but this page is at /elsewhere/results. Rebuild with the path the site is served from (npm run build -- --base=/that/path/), or serve this build under /oidc-playground/.',
    );
  });

  it('accepts the base path without its trailing slash as inside it', () => {
    expect(explainWorkerFailure({ ...base, pagePath: '/oidc-playground', message: 'boom' })).toBe("The mock provider's service worker did not start: boom");
  });
});
