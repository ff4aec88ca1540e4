/**
 * The sub-path build served by e2e/support/static-server.mjs (a plain file server: no fallback, no
 * rewrites), as GitHub Pages would serve a project site. Its port moves with E2E_STATIC_PORT.
 */
export const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? 4180);
export const STATIC_BASE = '/oidc-playground/';
export const STATIC_ORIGIN = `http://127.0.0.1:${STATIC_PORT}`;
export const STATIC_OUT_DIR = 'dist-subpath';
