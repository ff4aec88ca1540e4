import type { FlowErrorHint, KnownFlowError } from '../explain/explain-flow-error';
import type { FlowError } from '../flow/flow-run';

const KNOWN: Record<KnownFlowError, string> = {
  access_denied: 'The user (or the provider on their behalf) refused the request. Nothing was issued.',
  login_required: 'prompt=none was sent but there is no sign-in session at the provider.',
  consent_required: 'prompt=none was sent but the user has not consented to this client yet.',
  interaction_required: 'prompt=none was sent but the provider needs the user to interact.',
  invalid_request: 'The provider found the request malformed; its description says which parameter.',
  invalid_client: 'The provider does not know this client, or refused its authentication (RFC 6749 §5.2): check the client ID, the client secret, and that the client authentication method (none, client_secret_basic or client_secret_post) is the one the client is registered with.',
  invalid_grant: 'The code, its PKCE verifier or its redirect URI was refused at the token endpoint.',
  unauthorized_client: 'This client is not allowed to use this grant or response type.',
  unsupported_response_type: 'The provider does not support this response_type for this client.',
  server_error: 'The provider failed with an internal error; nothing in the request is known to be wrong.',
  temporarily_unavailable: 'The provider is overloaded or down for maintenance; try again later.',
  issuer_mismatch: 'The authorization response named another issuer, so its code was not sent anywhere (RFC 9207 §2.4).',
};

/**
 * The sentence under a failed flow's error line. An error without a hint of its own falls back to
 * naming the step it stopped at, since the provider's description above already says the rest.
 */
export function flowErrorHintText(hint: FlowErrorHint, stage: FlowError['stage']): string {
  switch (hint.code) {
    case 'scope-refused-named': {
      const pronoun = hint.scopes.length > 1 ? 'them' : 'it';
      return `The provider refused ${quotedList(hint.scopes)}, and said so in its answer: leave ${pronoun} out, or have the client allowed to ask for ${pronoun}.`;
    }
    case 'openid-missing':
      return 'The provider refused the scopes, and openid is not among them: an OpenID Connect request must include it (OIDC Core §3.1.2.1).';
    case 'scope-not-supported':
      return `The provider refused a requested scope without naming it; ${quotedList(hint.scopes)} ${hint.scopes.length > 1 ? 'are' : 'is'} not in its scopes_supported, so start there.`;
    case 'scope-refused-unnamed': {
      const where =
        hint.scopesSupported === 'published'
          ? 'every requested scope is in its scopes_supported, so this client is probably not allowed one of them'
          : 'it publishes no scopes_supported to compare with';
      return `The provider refused a requested scope without naming it; ${where}.`;
    }
    case 'par-required':
      return hint.by === 'discovery'
        ? 'This provider requires pushed authorization requests (require_pushed_authorization_requests in its discovery, RFC 9126 §5), and this request went in the URL: turn on "Push the request first (PAR)" and start again.'
        : 'This provider requires pushed authorization requests of this client (require_pushed_authorization_requests in the mock’s registration of the client, RFC 9126 §6), and this request went in the URL: turn on "Push the request first (PAR)" and start again.';
    case 'known-error':
      return KNOWN[hint.error];
    case 'unknown-error':
      return `The flow stopped at the ${stage} step.`;
  }
}

function quotedList(scopes: readonly string[]): string {
  const quoted = scopes.map((scope) => `"${scope}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
}
