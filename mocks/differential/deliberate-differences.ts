/**
 * Where the mock answers differently from oidc-provider 8 on purpose. Each entry names the battery
 * case, both reduced answers (as describeOutcome prints them) and the profile rule or spec section
 * that justifies the mock's answer. docs/conformance.md is generated from this table.
 */
export interface DeliberateDifference {
  readonly case: string;
  readonly mock: string;
  readonly oidcProvider: string;
  readonly justification: string;
  readonly reference: string;
}

export const DELIBERATE_DIFFERENCES: readonly DeliberateDifference[] = [
  {
    case: 'authorize-unregistered-redirect',
    mock: 'error-page 400 invalid_request',
    oidcProvider: 'error-page 400 invalid_redirect_uri',
    justification:
      'Both refuse to redirect, as they must. RFC 6749 defines no code for this case; invalid_redirect_uri belongs to Dynamic Client Registration (RFC 7591 section 3.2.2). The mock keeps to the codes of RFC 6749: invalid_request, an invalid parameter value.',
    reference: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1',
  },
  {
    case: 'authorize-duplicate-redirect',
    mock: 'error-page 400 invalid_request',
    oidcProvider: 'redirect 302 invalid_request',
    justification:
      'A redirect_uri sent twice is not one verified redirect URI, so the mock does not redirect to it (RFC 6749 section 4.1.2.1: MUST NOT redirect when the redirect URI is invalid). oidc-provider redirects when both values are the registered one.',
    reference: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1',
  },
  {
    case: 'authorize-no-openid',
    mock: 'redirect 302 (code)',
    oidcProvider: 'redirect 302 invalid_request',
    justification:
      'OIDC Core leaves a request without openid unspecified. The mock answers it as plain OAuth 2.0 (a code, then an access token without an id_token, which its userinfo refuses as OIDC Core section 5.3 requires), because that contrast is the first a learner needs; oidc-provider refuses it.',
    reference: 'https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest',
  },
  {
    case: 'authorize-scope-syntax',
    mock: 'redirect 302 invalid_scope',
    oidcProvider: 'redirect 302 (code)',
    justification:
      'A scope-token is printable ASCII without the double quote or the backslash (RFC 6749 section 3.3), so the mock refuses a scope holding one. oidc-provider 8 does not check the syntax and grants the other scopes; version 9 refuses it as the mock does. The battery runs version 8 because 9 does not support the Node 20 this project declares.',
    reference: 'https://www.rfc-editor.org/rfc/rfc6749#section-3.3',
  },
  {
    case: 'authorize-response-mode-form-post',
    mock: 'redirect 302 invalid_request',
    oidcProvider: 'page 200',
    justification:
      'form_post needs an auto-submitting page in the browser; the mock implements the query and fragment modes only, says so in discovery (response_modes_supported), and refuses any other mode rather than answer where the client does not look.',
    reference: 'https://openid.net/specs/oauth-v2-form-post-response-mode-1_0.html',
  },
  {
    case: 'authorize-response-mode-unknown',
    mock: 'redirect 302 invalid_request',
    oidcProvider: 'redirect 302 unsupported_response_mode',
    justification:
      'unsupported_response_mode is oidc-provider\'s own code, not one of RFC 6749\'s; the mock answers invalid_request (an invalid parameter value), as for every mode it does not implement.',
    reference: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1',
  },
  {
    case: 'par-request-uri-replay',
    mock: 'error-page 400 invalid_request_uri',
    oidcProvider: 'redirect 302 invalid_request_uri',
    justification:
      'Both refuse a request_uri used once. The redirect URI was inside the pushed request, which can no longer be read, so the mock shows its error page and redirects nowhere (RFC 6749 section 4.1.2.1). oidc-provider redirects to the client\'s one registered redirect URI, which RFC 6749 section 3.1.2.3 lets it assume when redirect_uri is absent.',
    reference: 'https://www.rfc-editor.org/rfc/rfc9126#section-7.3',
  },
  {
    case: 'par-unknown-request-uri',
    mock: 'error-page 400 invalid_request_uri',
    oidcProvider: 'redirect 302 invalid_request_uri',
    justification: 'As for a replayed request_uri: the mock does not guess a redirect URI for a request it cannot read; oidc-provider uses the client\'s only registered one.',
    reference: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1',
  },
  {
    case: 'par-request-uri-inside',
    mock: 'json 400 invalid_request',
    oidcProvider: 'json 400 request_uri_not_supported',
    justification:
      'RFC 9126 section 2.1 says request_uri MUST NOT be provided in a pushed request, and names no code for it; the mock answers the generic invalid_request. oidc-provider reports its request_uri feature being off, which is true of it but not the rule broken.',
    reference: 'https://www.rfc-editor.org/rfc/rfc9126#section-2.1',
  },
  {
    case: 'dpop-token-replayed-proof',
    mock: 'json 400 invalid_dpop_proof',
    oidcProvider: 'json 400 invalid_grant',
    justification:
      'Both refuse a DPoP proof whose jti was already used. A replay is a proof that fails its checks, for which RFC 9449 section 5 names invalid_dpop_proof; oidc-provider reports it as invalid_grant ("DPoP proof JWT Replay detected").',
    reference: 'https://www.rfc-editor.org/rfc/rfc9449#section-11.1',
  },
  {
    case: 'end-session-valid-hint',
    mock: 'redirect 302',
    oidcProvider: 'page 200',
    justification:
      'RP-Initiated Logout 1.0 says the OP SHOULD ask the end-user, and warns that requests without a valid id_token_hint can be forged (section 6). The mock asks whenever the hint is missing or invalid, and signs out at once when the hint verifies (signature, issuer, audience), so the demo flow needs no extra click. oidc-provider always asks.',
    reference: 'https://openid.net/specs/openid-connect-rpinitiated-1_0.html#Security',
  },
  {
    case: 'authorize-request-object',
    mock: 'error-page 400 invalid_request_object',
    oidcProvider: 'redirect 302 invalid_request_object',
    justification:
      "Both refuse the request object with invalid_request_object. Its redirect_uri is inside an object that did not verify, so the mock does not redirect and shows its error page (RFC 6749 section 4.1.2.1: MUST NOT redirect to an unverified URI), where the playground names the code. oidc-provider falls back to the client's only registered redirect URI (RFC 6749 section 3.1.2.3) and redirects the error there, without state.",
    reference: 'https://www.rfc-editor.org/rfc/rfc9101#section-6.3',
  },
  {
    case: 'request-object-stranger-key',
    mock: 'error-page 400 invalid_request_object',
    oidcProvider: 'redirect 302 invalid_request_object',
    justification:
      "Both refuse the request object with invalid_request_object. Its redirect_uri is inside an object that did not verify, so the mock does not redirect and shows its error page (RFC 6749 section 4.1.2.1: MUST NOT redirect to an unverified URI), where the playground names the code. oidc-provider falls back to the client's only registered redirect URI (RFC 6749 section 3.1.2.3) and redirects the error there, without state.",
    reference: 'https://www.rfc-editor.org/rfc/rfc9101#section-6.3',
  },
  {
    case: 'request-object-wrong-aud',
    mock: 'error-page 400 invalid_request_object',
    oidcProvider: 'redirect 302 invalid_request_object',
    justification:
      "Both refuse the request object with invalid_request_object. Its redirect_uri is inside an object that did not verify, so the mock does not redirect and shows its error page (RFC 6749 section 4.1.2.1: MUST NOT redirect to an unverified URI), where the playground names the code. oidc-provider falls back to the client's only registered redirect URI (RFC 6749 section 3.1.2.3) and redirects the error there, without state.",
    reference: 'https://www.rfc-editor.org/rfc/rfc9101#section-6.3',
  },
  {
    case: 'request-object-wrong-iss',
    mock: 'error-page 400 invalid_request_object',
    oidcProvider: 'redirect 302 invalid_request_object',
    justification:
      "Both refuse the request object with invalid_request_object. Its redirect_uri is inside an object that did not verify, so the mock does not redirect and shows its error page (RFC 6749 section 4.1.2.1: MUST NOT redirect to an unverified URI), where the playground names the code. oidc-provider falls back to the client's only registered redirect URI (RFC 6749 section 3.1.2.3) and redirects the error there, without state.",
    reference: 'https://www.rfc-editor.org/rfc/rfc9101#section-6.3',
  },
  {
    case: 'request-object-expired',
    mock: 'error-page 400 invalid_request_object',
    oidcProvider: 'redirect 302 invalid_request_object',
    justification:
      "Both refuse the request object with invalid_request_object. Its redirect_uri is inside an object that did not verify, so the mock does not redirect and shows its error page (RFC 6749 section 4.1.2.1: MUST NOT redirect to an unverified URI), where the playground names the code. oidc-provider falls back to the client's only registered redirect URI (RFC 6749 section 3.1.2.3) and redirects the error there, without state.",
    reference: 'https://www.rfc-editor.org/rfc/rfc9101#section-6.3',
  },
  {
    case: 'request-object-client-id-mismatch',
    mock: 'error-page 400 invalid_request_object',
    oidcProvider: 'redirect 302 invalid_request_object',
    justification:
      "Both refuse the request object with invalid_request_object. Its redirect_uri is inside an object that did not verify, so the mock does not redirect and shows its error page (RFC 6749 section 4.1.2.1: MUST NOT redirect to an unverified URI), where the playground names the code. oidc-provider falls back to the client's only registered redirect URI (RFC 6749 section 3.1.2.3) and redirects the error there, without state.",
    reference: 'https://www.rfc-editor.org/rfc/rfc9101#section-6.3',
  },
  {
    case: 'client-credentials-public-client',
    mock: 'json 400 unauthorized_client',
    oidcProvider: 'json 400 invalid_request',
    justification:
      'Both refuse. RFC 6749 section 5.2 names the case: unauthorized_client, "the authenticated client is not authorized to use this authorization grant type", and section 4.4 says the grant is for confidential clients only; the mock answers that code. oidc-provider answers invalid_request.',
    reference: 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
  },
  {
    case: 'client-credentials-userinfo',
    mock: 'json 403 insufficient_scope',
    oidcProvider: 'json 401 invalid_token',
    justification:
      'Both refuse the client credentials token at userinfo: it stands for no user. The token is valid, so the mock answers as RFC 6750 section 3.1 has it for a token that lacks what the resource needs (403 insufficient_scope, with a description saying there is no user); oidc-provider treats it as a token its userinfo does not know (401 invalid_token).',
    reference: 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1',
  },
];
