/** Sentences of the client credentials grant (RFC 6749 §4.4): launch refusals and the results' notice. */

export const CLIENT_CREDENTIALS_NOT_OFFERED =
  'Client credentials is on, but the provider’s discovery does not list client_credentials in grant_types_supported (RFC 8414 §2); turn the switch off';

export const CLIENT_CREDENTIALS_NEEDS_SECRET =
  'Client credentials is for a confidential client (RFC 6749 §4.4): type the client secret in the provider settings (it stays in this tab’s memory only) and start again';

export const CLIENT_CREDENTIALS_NO_TOKEN_ENDPOINT = 'The provider’s discovery names no token_endpoint, where the client credentials grant is asked for';

/** The signature panel's line: there is no id_token to verify. */
export const CLIENT_CREDENTIALS_NO_ID_TOKEN = 'No id_token: the client credentials grant signs no user in, so there is nothing to identify (RFC 6749 §4.4.3).';

/** Above the results of a client credentials run. */
export function clientCredentialsResultText(input: { readonly clientId: string; readonly userinfoRefused: boolean; readonly grantedScopes: readonly string[] }): string {
  const granted = input.grantedScopes.length > 0 ? `granted ${input.grantedScopes.join(' ')}` : 'granted no scope';
  const userinfo = input.userinfoRefused
    ? ' The userinfo endpoint refused the access token: there is no user whose claims it could return (OIDC Core §5.3).'
    : ' Userinfo was not refused, yet the token stands for no user: what it answered is the provider’s own choice.';
  return `This run used the client credentials grant (RFC 6749 §4.4): the client ${input.clientId} asked the token endpoint for a token in its own name, with its secret, and was ${granted}. No browser redirect, no code, no user, so no id_token.${userinfo}`;
}
