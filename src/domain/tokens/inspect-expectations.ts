import type { IdTokenExpectations } from './check-id-token-claims';

export interface InspectFields {
  /** The issuer typed by the person; empty means "the token's iss". */
  readonly issuerText: string;
  /** The expected audience (the client ID) typed; empty means "taken from the token". */
  readonly audienceText: string;
  /** "Now" as an ISO time. */
  readonly nowText: string;
}

export type InspectExpectations =
  | {
      readonly outcome: 'ready';
      readonly expectations: IdTokenExpectations;
      /** True when the audience was read off the token itself: the aud check then proves nothing. */
      readonly audienceFromToken: boolean;
    }
  | { readonly outcome: 'incomplete'; readonly field: 'issuer' | 'audience' | 'now'; readonly message: string };

/**
 * What a pasted token is checked against (OIDC Core §3.1.3.7): the typed issuer or else the
 * token's own `iss` (discovery then confirms it, §4.3 of Discovery), the typed audience or else
 * azp / the single aud, and the typed "now". No nonce: a pasted token comes without its request.
 */
export function inspectExpectations(payload: Readonly<Record<string, unknown>>, fields: InspectFields): InspectExpectations {
  const issuer = fields.issuerText.trim() || (typeof payload.iss === 'string' ? payload.iss : '');
  if (!issuer) return { outcome: 'incomplete', field: 'issuer', message: 'The token has no iss: type the issuer whose keys should verify it.' };
  const typedAudience = fields.audienceText.trim();
  const audience = typedAudience || audienceOf(payload);
  if (!audience) return { outcome: 'incomplete', field: 'audience', message: 'The token has no aud: type the client ID it should have been issued to.' };
  const nowMs = Date.parse(fields.nowText);
  if (Number.isNaN(nowMs)) return { outcome: 'incomplete', field: 'now', message: `"${fields.nowText}" is not a time; use ISO 8601, e.g. 2026-01-01T12:00:00Z.` };
  return {
    outcome: 'ready',
    expectations: { issuer, clientId: audience, nonce: undefined, expectedAtHash: undefined, now: Math.floor(nowMs / 1000) },
    audienceFromToken: !typedAudience,
  };
}

/** The party the token names as its client: azp when present (§2), else a single aud. */
function audienceOf(payload: Readonly<Record<string, unknown>>): string {
  if (typeof payload.azp === 'string') return payload.azp;
  if (typeof payload.aud === 'string') return payload.aud;
  if (Array.isArray(payload.aud) && typeof payload.aud[0] === 'string') return payload.aud[0];
  return '';
}
