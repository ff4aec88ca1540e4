import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, securityHeaders } from './src/app/security-headers.ts';
import { normalizeBasePath } from './src/domain/site/app-paths.ts';
import { staticHostFiles } from './src/domain/site/static-host-files.ts';
import { devProxyPlugin } from './scripts/dev-proxy-plugin.ts';
import { wrongBasePathPlugin } from './scripts/wrong-base-path-plugin.ts';
import { appChunkGroups } from './scripts/chunk-groups.ts';

/**
 * CodeMirror injects its styles as <style> elements; the policy lets in only those carrying this
 * build's nonce (EditorView.cspNonce), instead of every inline style.
 */
const styleNonce = randomBytes(16).toString('base64');

/** Puts the Content-Security-Policy into the built index.html (not the dev server's: see security-headers.ts). */
function cspMetaTag(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, before any script or style: a policy in a meta tag covers only what follows it.
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styleNonce)}" />`),
  };
}

/**
 * Static hosts with no rewrite rules (a plain file server, GitHub Pages) serve only files: each
 * route of src/domain/site/routes.ts gets its own copy of index.html, so a direct load or a reload of
 * /results, or a provider's redirect to /callback, finds a document. The asset URLs in it are
 * absolute (the base path), so the copies work at any depth.
 */
function staticHostEntries(): Plugin {
  let outDir = 'dist';
  let basePath = '/';
  return {
    name: 'oidc-playground:static-host-entries',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // Throws, with the reason, for a relative base ('./' or ''): nested entry documents need absolute asset URLs.
      basePath = normalizeBasePath(config.base === '' ? './' : config.base);
    },
    // After the CSP meta tag is in index.html: the copies carry the same policy.
    writeBundle() {
      const indexHtml = readFileSync(resolve(outDir, 'index.html'), 'utf8');
      for (const [fileName, source] of staticHostFiles(basePath, indexHtml)) {
        const path = resolve(outDir, fileName);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, source);
      }
    },
  };
}

/**
 * The app's service worker (worker/app-worker.js), written at build time with the list of files this
 * build emitted (chunks, styles, index.html) and a version hashed from their contents and the
 * worker's own source: a new build is a new cache, and the old one is deleted when it activates.
 * The worker imports public/mockServiceWorker.js as MSW generates it. Written beside index.html, so
 * it sits at the base path and controls exactly the app's scope, under any `--base`.
 */
const APP_WORKER_FILE = 'app-worker.js';
function appServiceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'oidc-playground:app-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      const template = readFileSync(fileURLToPath(new URL('./worker/app-worker.js', import.meta.url)), 'utf8');
      const files = Object.keys(bundle).filter((file) => !file.endsWith('.map')).sort();
      const hash = createHash('sha256').update(template);
      for (const file of files) {
        const output = bundle[file];
        if (output?.type === 'chunk') hash.update(file).update(output.code);
        else if (output?.type === 'asset') hash.update(file).update(output.source);
      }
      const precache = { version: hash.digest('hex').slice(0, 16), files };
      const placeholder = 'self.__APP_PRECACHE__';
      if (template.split(placeholder).length !== 2) throw new Error(`worker/app-worker.js must read ${placeholder} exactly once`);
      const source = template.replace(placeholder, JSON.stringify(precache));
      writeFileSync(resolve(outDir, APP_WORKER_FILE), source);
    },
  };
}

export default defineConfig(({ command }) => ({
  define: { __STYLE_NONCE__: JSON.stringify(command === 'build' ? styleNonce : '') },
  // devProxyPlugin: the opt-in proxy of the dev server only (scripts/dev-proxy-plugin.ts).
  plugins: [react(), cspMetaTag(), wrongBasePathPlugin(), staticHostEntries(), appServiceWorker(), devProxyPlugin()],
  resolve: {
    // MSW's cookie jar (tough-cookie and its public-suffix list, ~100 kB gzip) would be most of the
    // mock provider's chunk; the mock sets no cookies. See the shim for what it still guarantees.
    // Vitest runs MSW from node_modules unbundled, so Node tests keep the real library.
    alias: { 'tough-cookie': fileURLToPath(new URL('./mocks/shims/tough-cookie.ts', import.meta.url)) },
  },
  server: { port: 5173, host: '127.0.0.1' },
  // The preview server sends the headers a host should send, so the e2e suite runs under them.
  preview: { port: 4173, host: '127.0.0.1', strictPort: true, headers: securityHeaders() },
  // Module preloads flatten import waterfalls (issue 29): index.html names the entry's static imports,
  // so they load with the entry instead of after it parses, and a dynamic import (the sign-in code an
  // autostart link loads) fetches its chunk's dependencies beside the chunk. No polyfill: every
  // browser the playground supports has modulepreload. Offline, the app's worker answers these
  // requests from its cache like any other (worker/app-worker.js).
  // React, React DOM and the router in one chunk: the first route's largest part in one request,
  // compressed together (138.2 → 135.3 kB gzip, 23 → 18 files). TanStack Query is not in it: the
  // compose screen runs no query, so Query loads with the first screen that does (149.8 → 139.1 kB).
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: {
      polyfill: false,
      // A dynamic import preloads no JavaScript beside its chunk: each <link rel=modulepreload> the
      // helper appends costs the main thread more than the round trip it saves now that a flow's
      // code is a few chunks (scripts/chunk-groups.ts), so its imports are one level deep (issue 29).
      // Styles are still loaded with the chunk that needs them.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))),
    },
    rolldownOptions: {
      // MSW's core imports the WebSocket interceptor for its types only (`import {} from
      // "@mswjs/interceptors/WebSocket"`); the package does not say it is free of side effects, so the
      // import kept a second copy of it (9 kB) in the flow's chunk. Its top level only defines classes
      // and symbols; the copy MSW's browser build uses for a worker's WebSocket source is its own.
      // The flow's chunk holds the sign-in code that the compose screen imports by import() and the
      // callback screen, in the same chunk, imports statically: the import() still loads that one chunk.
      checks: { ineffectiveDynamicImport: false },
      treeshake: { moduleSideEffects: [{ test: /node_modules[\\/]@mswjs[\\/]interceptors[\\/]lib[\\/]browser[\\/]interceptors[\\/]WebSocket[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 20 },
            // TanStack Query is its own chunk: it loads with the first screen that runs a query, not with `/`.
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
            // The app's own modules and the rest of its libraries, by what loads together (scripts/chunk-groups.ts).
            ...appChunkGroups(),
          ],
        },
      },
    },
  },
  test: {
    // Rules and adapters run in node; only component tests (*.test.tsx) pay for a DOM.
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'component', include: ['src/**/*.test.tsx'], environment: 'happy-dom', setupFiles: ['./vitest.dom-setup.ts'], benchmark: { include: [] } },
      },
    ],
  },
}));
