import { defineConfig } from 'vite';

/**
 * The mock provider as a Node package (`npm run build:op`): the bin, the server API, the Playwright
 * fixture and the MSW handlers, compiled to plain ES modules in dist-op/ for Node 20. Its own config
 * and output folder, so the app's build (`vite build` → dist/) is untouched. Packages stay imports
 * (jose, msw, @playwright/test), resolved from the installing project.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-op',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        bin: 'mocks/server/bin.ts',
        index: 'mocks/server/index.ts',
        playwright: 'mocks/server/playwright.ts',
        msw: 'mocks/server/msw.ts',
      },
      output: {
        // The bin runs as a command: npm links it as is.
        banner: (chunk) => (chunk.name === 'bin' ? '#!/usr/bin/env node' : ''),
        format: 'es', entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
