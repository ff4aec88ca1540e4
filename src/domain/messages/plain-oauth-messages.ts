/**
 * Plain OAuth 2.0: a request without openid. OIDC Core §3.1.2.1 leaves its behaviour unspecified;
 * no id_token comes back, and §5.3's userinfo endpoint is for OpenID Connect access tokens.
 */

/** Under the scope picker, before launch. A real provider may refuse the request outright. */
export function plainOAuthNotice(provider: 'mock' | 'real'): string {
  return provider === 'mock'
    ? 'Without openid this is a plain OAuth 2.0 request: no id_token comes back, and the mock’s userinfo refuses the access token, as OIDC Core §5.3 requires; tick openid to make it OpenID Connect.'
    : 'Without openid this is a plain OAuth 2.0 request: no id_token comes back, userinfo should refuse the access token (OIDC Core §5.3), and some providers refuse the request outright; tick openid to make it OpenID Connect.';
}

/** On the results of a run without openid: why there is no id_token and why userinfo failed. */
export function plainOAuthResultText(userinfoRefused: boolean): string {
  const userinfo = userinfoRefused
    ? ' The userinfo endpoint refused the access token: it serves tokens of OpenID Connect requests only (OIDC Core §5.3).'
    : '';
  return `This was a plain OAuth 2.0 request: openid was not requested, so no id_token came back and nothing identifies the user (OIDC Core §3.1.2.1).${userinfo}`;
}
