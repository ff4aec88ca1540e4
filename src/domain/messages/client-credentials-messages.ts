/** Sentences of the client credentials grant (RFC 6749 §4.4): launch refusals, the results' notice, the compose screen's preview and notes. */
import type { ClientCredentialsNote, UnusedSwitch } from '../request/client-credentials-notes';
import type { PreviewAuthentication, PreviewValue } from '../request/token-request-preview';
import { clientAuthenticationReasonText } from './client-authentication-messages';

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

// The compose screen's side (src/features/compose/token-request-preview.tsx and the field notes), loaded only with the switch on.

const rfc = (number: number, section: string): string => `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`;

/** A sentence with the section it rests on, for a line that links it. */
export interface CitedText {
  readonly text: string;
  readonly citation: string;
  readonly url: string;
}

/** Above the token request the compose screen previews in place of the authorize request. */
export const TOKEN_REQUEST_PREVIEW_INTRO: CitedText = {
  text: 'No browser redirect and no user: the page sends this one request to the token endpoint in the client’s own name, and the access token that comes back stands for the client.',
  citation: 'RFC 6749 §4.4',
  url: rfc(6749, '4.4'),
};

/** Under the preview when DPoP is on. */
export const TOKEN_REQUEST_DPOP_NOTE: CitedText = {
  text: 'DPoP is on: the request carries a proof signed with a key made in this tab, so the token is bound to it. If the provider answers use_dpop_nonce, the page signs a new proof with the provider’s nonce and sends the request once more.',
  citation: 'RFC 9449 §5, §8',
  url: rfc(9449, '8'),
};

export const TOKEN_ENDPOINT_FROM_DISCOVERY = '(token_endpoint from discovery)';

/** A value the preview cannot or must not show. */
export function previewValueText(value: PreviewValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'basic-credentials':
      return `Basic base64(${value.clientId}:<client secret>) (the secret is sent, never shown)`;
    case 'secret-withheld':
      return '<client secret> (sent, never shown)';
    case 'dpop-proof':
      return '<a proof JWT signed at launch: htm POST, htu this URL>';
  }
}

/** Who asks and how it authenticates. */
export function previewAuthenticationText(clientId: string, authentication: PreviewAuthentication): string {
  if (authentication.reason === 'mock-service-client') {
    return `On the mock, its confidential client ${clientId} asks, with its secret (${authentication.method}); the Client ID field is the public client of the sign-in flows.`;
  }
  if (authentication.method === 'none') return CLIENT_CREDENTIALS_NEEDS_SECRET;
  return `The client ${clientId} asks with its secret. ${clientAuthenticationReasonText(authentication.method, authentication.reason)}`;
}

const SWITCH_NAMES: Readonly<Record<UnusedSwitch, string>> = { par: 'PAR', 'request-object': 'the request object', fragment: 'the fragment response mode' };

/** What a client credentials launch leaves unused, said at the field where it was typed. */
export function clientCredentialsNoteText(note: ClientCredentialsNote): string {
  switch (note.code) {
    case 'user-scopes':
      return `${note.scopes.join(', ')} ${note.scopes.length === 1 ? 'describes' : 'describe'} a user, and the client credentials grant has none: the provider leaves ${note.scopes.length === 1 ? 'it' : 'them'} out of the token or refuses with invalid_scope (OIDC Core §5.4, RFC 6749 §4.4).`;
    case 'no-scope':
      return 'No scope: the token request carries none, so the provider applies its default for this client or refuses with invalid_scope (RFC 6749 §3.3).';
    case 'claims-not-sent':
      return 'Not sent with client credentials: the claims request is a parameter of the authorize request (OIDC Core §5.5), and this grant makes none; there is no user to claim anything about. Turn client credentials off to send it.';
    case 'parameter-not-sent':
      return `Not sent with client credentials: ${note.parameter} is a parameter of the authorize request (OIDC Core §3.1.2.1), and this grant makes none.`;
    case 'custom-parameters-not-sent':
      return 'Not sent with client credentials: these lines go to the authorize request, which this grant does not make; its token request carries grant_type and scope only.';
    case 'switches-unused': {
      const names = note.switches.map((name) => SWITCH_NAMES[name]);
      const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
      return `${list.charAt(0).toUpperCase()}${list.slice(1)} ${names.length > 1 ? 'shape' : 'shapes'} the authorize request; with client credentials there is none, so ${names.length > 1 ? 'they change' : 'it changes'} nothing in this run.`;
    }
  }
}
