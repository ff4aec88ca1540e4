/**
 * The built site's Content-Security-Policy: no inline script, no plugins, no <base>, and fetches only
 * to this origin, any https: provider, or a provider on a loopback host (the URL rule of
 * src/domain/provider/provider-url.ts, said again in the browser's own terms). A script that slipped in
 * through a provider's value could not run, and could not send a token elsewhere.
 *
 * Vite adds it to the built index.html as a <meta> tag (the dev server needs React's inline refresh
 * preamble, so it runs without). A host should also send these as response headers; `frame-ancestors`
 * only works as a header. See the README's "Deploy" notes.
 */
export function contentSecurityPolicy(styleNonce: string): string {
  return [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'nonce-${styleNonce}'`,
  // CodeMirror's lint markers set style attributes; attributes cannot run script, and img-src and
  // font-src keep a style from loading anything from elsewhere.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  // CSP has no source expression for [::1] with any port: an IPv6-loopback provider is not reachable.
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  ].join('; ');
}

/**
 * What a host should send with every file of the site. A host cannot know each build's style nonce,
 * so the header's policy admits inline styles; the meta tag's stricter policy applies on top (a page
 * obeys both), and the header adds what a meta tag cannot carry: frame-ancestors.
 */
export function securityHeaders(): Record<string, string> {
  const policy = contentSecurityPolicy('').replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'");
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}
