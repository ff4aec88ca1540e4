import type { LaunchGrant } from '../request/launch-grant';

// Imported from this module, not the messages barrel: these three lines are the launch panel's, on the first route.

/** The launch button and the line under it say what a launch does (src/domain/request/launch-grant.ts). */
export const LAUNCH_TEXT: Readonly<Record<LaunchGrant, { readonly start: string; readonly starting: string; readonly how: string }>> = {
  authorization_code: { start: 'Start sign-in', starting: 'Starting…', how: 'Authorization Code flow with PKCE (S256), a fresh state and nonce.' },
  client_credentials: {
    start: 'Request a token',
    starting: 'Requesting…',
    how: 'Client credentials (RFC 6749 §4.4): one token request in the client’s own name; no redirect, no user.',
  },
};
