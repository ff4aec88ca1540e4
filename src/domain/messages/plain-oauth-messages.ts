/**
 * Plain OAuth 2.0: a request without openid. OIDC Core §3.1.2.1 leaves its behaviour unspecified;
 * no id_token comes back, and §5.3's userinfo endpoint is for OpenID Connect access tokens.
 */

/** On the results of a run without openid: why there is no id_token and why userinfo failed. */
export function plainOAuthResultText(userinfoRefused: boolean): string {
  const userinfo = userinfoRefused
    ? ' The userinfo endpoint refused the access token: it serves tokens of OpenID Connect requests only (OIDC Core §5.3).'
    : '';
  return `This was a plain OAuth 2.0 request: openid was not requested, so no id_token came back and nothing identifies the user (OIDC Core §3.1.2.1).${userinfo}`;
}
