import { DEFAULT_CLIENT_ID } from '../../src/domain/request/composed-request';
import { ROUTES } from '../../src/domain/site/routes';
import { MOCK_SERVICE_CLIENT } from '../../src/domain/protocols/client-credentials';

/** A registered client. The mock registers one public PKCE client by default. */
export interface RegisteredClient {
  readonly clientId: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
  /** A confidential client's secret (RFC 6749 §2.3.1); absent for a public client. */
  readonly secret?: string;
  /** Grants beyond the authorization code and refresh (RFC 6749 §4.4 client_credentials). */
  readonly grantTypes?: readonly 'client_credentials'[];
}

/** `appUrl` is where the app is served: an origin, or an origin and base path (`https://x.github.io/oidc-playground/`). */
export function defaultClient(appUrl: string): RegisteredClient {
  const base = appUrl.replace(/\/+$/, '');
  return {
    clientId: DEFAULT_CLIENT_ID,
    redirectUris: [`${base}${ROUTES.callback}`],
    postLogoutRedirectUris: [`${base}${ROUTES.signedOut}`],
  };
}

/**
 * The mock's confidential client (RFC 6749 §2.1): no redirect URI, it only asks for tokens in its
 * own name with the client credentials grant (§4.4).
 */
export function serviceClient(): RegisteredClient {
  return { clientId: MOCK_SERVICE_CLIENT.clientId, secret: MOCK_SERVICE_CLIENT.secret, redirectUris: [], postLogoutRedirectUris: [], grantTypes: ['client_credentials'] };
}
