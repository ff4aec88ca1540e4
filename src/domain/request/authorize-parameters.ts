/**
 * The optional authorize parameters of OIDC Core §3.1.2.1
 * (https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest) that the compose screen has a
 * field for. This table is their one home: the form, the preview, the launch, the permalink, the
 * URL parameters, the configuration file and the settings diff all read it.
 */
export const OPTIONAL_AUTHORIZE_FIELDS = [
  { field: 'prompt', parameter: 'prompt', hint: 'none, login, consent or select_account', numeric: false },
  { field: 'maxAge', parameter: 'max_age', hint: 'seconds since the last sign-in', numeric: true },
  { field: 'loginHint', parameter: 'login_hint', hint: 'pre-fills the sign-in form', numeric: false },
  { field: 'uiLocales', parameter: 'ui_locales', hint: 'e.g. fr-CA fr en', numeric: false },
  { field: 'acrValues', parameter: 'acr_values', hint: 'requested authentication context', numeric: false },
] as const satisfies ReadonlyArray<{
  /** The composed request's member that holds the value, as typed. */
  readonly field: string;
  readonly parameter: string;
  /** What the field's placeholder says. */
  readonly hint: string;
  /** Whether the value is a number on the wire (max_age is seconds, §3.1.2.1). */
  readonly numeric: boolean;
}>;

export type OptionalAuthorizeField = (typeof OPTIONAL_AUTHORIZE_FIELDS)[number];

/** The typed values of the optional fields; the composed request is made of these and more. */
export type OptionalAuthorizeValues = { readonly [F in OptionalAuthorizeField as F['field']]: string };

export const EMPTY_OPTIONAL_AUTHORIZE_VALUES = Object.fromEntries(OPTIONAL_AUTHORIZE_FIELDS.map(({ field }) => [field, ''])) as OptionalAuthorizeValues;
export type OptionalAuthorizeParameter = OptionalAuthorizeField['parameter'];

/** The optional parameters this request sends, trimmed, in table order; empty fields are not sent. */
export function optionalAuthorizeValues(request: OptionalAuthorizeValues): Array<readonly [OptionalAuthorizeParameter, string]> {
  return OPTIONAL_AUTHORIZE_FIELDS.flatMap(({ field, parameter }) => {
    const value = request[field].trim();
    return value ? [[parameter, value] as const] : [];
  });
}

/**
 * Who sets each parameter the playground owns, so a typed custom parameter can be refused with
 * where to set it instead: made at each launch (RFC 7636 PKCE, state, nonce), or a field of its own.
 */
export const PLAYGROUND_OWNED_PARAMETERS: Readonly<Record<string, { readonly setBy: 'launch' } | { readonly setBy: 'field'; readonly place: string }>> = {
  client_id: { setBy: 'field', place: 'the Client ID field' },
  redirect_uri: { setBy: 'launch' },
  response_type: { setBy: 'launch' },
  state: { setBy: 'launch' },
  nonce: { setBy: 'launch' },
  code_challenge: { setBy: 'launch' },
  code_challenge_method: { setBy: 'launch' },
  scope: { setBy: 'field', place: 'the Scopes panel' },
  claims: { setBy: 'field', place: 'the Claims request editor' },
  ...Object.fromEntries(OPTIONAL_AUTHORIZE_FIELDS.map(({ parameter }) => [parameter, { setBy: 'field', place: `the ${parameter} field` }])),
};
