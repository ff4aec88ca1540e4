/** A registered client. The mock registers one public PKCE client by default. */
export interface RegisteredClient {
  readonly clientId: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
}

export const DEFAULT_CLIENT_ID = 'playground';

export function defaultClient(appOrigin: string): RegisteredClient {
  return {
    clientId: DEFAULT_CLIENT_ID,
    redirectUris: [`${appOrigin}/callback`],
    postLogoutRedirectUris: [`${appOrigin}/signed-out`],
  };
}
