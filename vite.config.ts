import { randomBytes } from 'node:crypto';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, securityHeaders } from './src/app/security-headers.ts';

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

export default defineConfig(({ command }) => ({
  define: { __STYLE_NONCE__: JSON.stringify(command === 'build' ? styleNonce : '') },
  plugins: [react(), cspMetaTag()],
  server: { port: 5173, host: '127.0.0.1' },
  // The preview server sends the headers a host should send, so the e2e suite runs under them.
  preview: { port: 4173, host: '127.0.0.1', strictPort: true, headers: securityHeaders() },
  // No modulepreload links: the flow's chunks are prefetched after the first paint (src/lib/prefetch.ts), and
  // preload links that can never load (offline) would hold a dynamic import forever.
  build: { target: 'es2022', sourcemap: false, modulePreload: false },
  test: {
    include: ['src/**/*.test.ts', 'mocks/**/*.test.ts'],
    environment: 'node',
  },
}));
