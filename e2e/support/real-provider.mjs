// A certified OpenID Provider (panva/oidc-provider) on loopback, for the real-provider e2e specs.
// Started by Playwright's webServer; plain JavaScript so Node runs it as it is.
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export const REAL_PROVIDER_PORT = Number(process.env.REAL_PROVIDER_PORT ?? 4455);
export const REAL_ISSUER = `http://127.0.0.1:${REAL_PROVIDER_PORT}`;
export const REAL_CLIENT_ID = 'playground-e2e';
const APP_ORIGIN = process.env.APP_ORIGIN ?? 'http://127.0.0.1:4173';

/** The test user: any login name signs in as this account (devInteractions). */
const ACCOUNT_CLAIMS = {
  name: 'Ada Lovelace',
  given_name: 'Ada',
  family_name: 'Lovelace',
  gender: 'female',
  birthdate: '1815-12-10',
  updated_at: 1768469400,
  email: 'ada@example.test',
  email_verified: true,
  phone_number: '+44 20 7946 0000',
  phone_number_verified: false,
};

export async function startRealProvider() {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'e2e-rs256', alg: 'RS256', use: 'sig' };
  const provider = new Provider(REAL_ISSUER, {
    clients: [
      {
        client_id: REAL_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${APP_ORIGIN}/callback`],
        post_logout_redirect_uris: [`${APP_ORIGIN}/signed-out`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // The client's scope restriction: `phone` is a scope the provider knows but this client may not have.
        scope: 'openid profile email offline_access',
      },
      {
        // Registered for another app: the playground's redirect URI is not among its redirect_uris.
        client_id: 'registered-elsewhere',
        token_endpoint_auth_method: 'none',
        redirect_uris: ['http://127.0.0.1:9999/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    scopes: ['openid', 'offline_access', 'profile', 'email', 'phone'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'gender', 'birthdate', 'updated_at'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
    },
    features: {
      claimsParameter: { enabled: true },
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
    },
    clientBasedCORS: (_ctx, origin) => origin === APP_ORIGIN,
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, ...ACCOUNT_CLAIMS }) }),
    cookies: { keys: ['e2e-only-cookie-key'] },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 3600, IdToken: 3600, RefreshToken: 86400, AuthorizationCode: 60 },
  });
  const server = provider.listen(REAL_PROVIDER_PORT, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { issuer: REAL_ISSUER, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // oidc-provider warns about development-only settings (devInteractions, cookie keys): expected here.
  process.env.NODE_ENV ??= 'test';
  await startRealProvider();
  console.log(`oidc-provider listening at ${REAL_ISSUER}`);
}
