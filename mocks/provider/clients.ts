import { DEFAULT_CLIENT_ID } from '../../src/domain/request/composed-request';
import { ROUTES } from '../../src/domain/site/routes';

/** A registered client. The mock registers one public PKCE client by default. */
export interface RegisteredClient {
  readonly clientId: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
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
