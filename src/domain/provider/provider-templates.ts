/**
 * Issuer patterns of common providers. Placeholders in angle brackets are for the person to fill;
 * nothing is fetched until they start. `register` says what to set up at the provider.
 */
/** The port `oidc-playground-op` listens on by default (mocks/server/server-options.ts reads the same). */
export const LOCAL_MOCK_SERVER_PORT = 4400;

export interface ProviderTemplate {
  readonly id: string;
  readonly name: string;
  readonly issuerPattern: string;
  readonly register: string;
}

export const PROVIDER_TEMPLATES: readonly ProviderTemplate[] = [
  {
    // The playground's own mock provider as a local HTTP server (mocks/server, README "The mock provider for your app").
    id: 'local-mock-server',
    name: 'Local mock server (oidc-playground-op)',
    issuerPattern: `http://127.0.0.1:${LOCAL_MOCK_SERVER_PORT}`,
    register:
      'Start it with "npx oidc-playground-op --redirect-uri" and the redirect URI below (in this repository: npm run mock-server -- --redirect-uri …). It is the built-in mock as a server: the same users, behaviour profiles and token policy, its client ID is playground, and it runs on loopback only.',
  },
  {
    id: 'akamai-hosted-login',
    name: 'Akamai Hosted Login',
    issuerPattern: 'https://v1.api.<region>.janrain.com/<customer id>/login',
    register: 'A public login client (PKCE) whose redirect URIs include the one below; its token policy’s allowedScopes decide which scopes you get.',
  },
  {
    id: 'next-identity',
    name: 'Next Identity',
    issuerPattern: 'https://<your domain>',
    register: 'An application with the redirect URI below, PKCE enabled, and the scopes you request (custom scopes as prefix:scope_name:suffix).',
  },
  {
    id: 'auth0',
    name: 'Auth0',
    issuerPattern: 'https://<tenant>.<region>.auth0.com/',
    register: 'A Single Page Application: Allowed Callback URLs = the redirect URI below, Allowed Web Origins = this origin (for CORS). Note the trailing slash in the issuer.',
  },
  {
    id: 'okta',
    name: 'Okta',
    issuerPattern: 'https://<your org>.okta.com/oauth2/default',
    register: 'A SPA app integration with PKCE, Sign-in redirect URI = the one below, and this origin as a Trusted Origin (CORS).',
  },
  {
    id: 'keycloak',
    name: 'Keycloak',
    issuerPattern: 'https://<host>/realms/<realm>',
    register: 'A public OpenID Connect client with Standard flow, PKCE S256, Valid redirect URIs = the one below, Web origins = this origin.',
  },
  {
    id: 'entra-id',
    name: 'Microsoft Entra ID',
    issuerPattern: 'https://login.microsoftonline.com/<tenant id>/v2.0',
    register: 'An app registration with a Single-page application platform whose redirect URI is the one below.',
  },
  {
    id: 'google',
    name: 'Google',
    issuerPattern: 'https://accounts.google.com',
    register: 'An OAuth client of type Web application with the redirect URI below and this origin as an authorised JavaScript origin. Google’s token endpoint also wants the client secret, which this public-client playground does not send.',
  },
];
