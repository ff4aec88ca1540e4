/** A registered client. The mock registers one public PKCE client by default. */
export interface RegisteredClient {
  readonly clientId: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
}

export const DEFAULT_CLIENT_ID = 'playground';

/** `appUrl` is where the app is served: an origin, or an origin and base path (`https://x.github.io/oidc-playground/`). */
export function defaultClient(appUrl: string): RegisteredClient {
  const base = appUrl.replace(/\/+$/, '');
  return {
    clientId: DEFAULT_CLIENT_ID,
    redirectUris: [`${base}/callback`],
    postLogoutRedirectUris: [`${base}/signed-out`],
  };
}
