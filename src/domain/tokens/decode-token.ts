import { decodeJwt, decodeProtectedHeader } from 'jose';
import { JSON_LIMITS, measureDepth } from '../text/json-limits';
import { describeSize } from '../text/describe-size';

/** What a pasted token is, as far as can be told without keys. */
export type TokenType = 'id_token' | 'access_token';

export type DecodedToken =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'jwt';
      readonly compact: string;
      readonly header: Readonly<Record<string, unknown>>;
      readonly payload: Readonly<Record<string, unknown>>;
      readonly tokenType: TokenType;
    }
  | { readonly kind: 'encrypted'; readonly header: Readonly<Record<string, unknown>> }
  | { readonly kind: 'opaque'; readonly length: number }
  | { readonly kind: 'malformed'; readonly message: string };

/** RFC 6750 §2.1 b64token: the characters an opaque bearer token may hold. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Decodes a pasted token with jose (never by hand). A compact JWS has three parts, a JWE five
 * (RFC 7516 §7.1); anything else made of token characters is an opaque handle only the
 * provider can read. A leading "Bearer " (copied from a header) is tolerated.
 */
export function decodeToken(text: string): DecodedToken {
  const compact = text.trim().replace(/^Bearer\s+/i, '');
  if (compact === '') return { kind: 'empty' };
  // The limits a provider's answer is held to (text/json-limits.ts): a pasted token is no more trusted.
  if (compact.length > JSON_LIMITS.maxBodyCharacters) {
    return { kind: 'malformed', message: `This token is ${describeSize(compact.length)}, over the ${describeSize(JSON_LIMITS.maxBodyCharacters)} the playground reads. Real tokens are a few kilobytes.` };
  }
  if (!B64TOKEN.test(compact)) {
    return { kind: 'malformed', message: 'This is not a token: it holds characters no JWT or bearer token has (spaces, quotes or the like). Paste the token alone.' };
  }
  const parts = compact.split('.').length;
  if (parts === 5) {
    try {
      return { kind: 'encrypted', header: decodeProtectedHeader(compact) };
    } catch {
      return { kind: 'malformed', message: 'This has the five parts of an encrypted JWT (JWE), but its header cannot be read.' };
    }
  }
  if (parts === 3) return decodeJws(compact);
  if (parts === 1) return { kind: 'opaque', length: compact.length };
  return { kind: 'malformed', message: `A JWT has three parts separated by dots (five when encrypted); this has ${parts}. Check that the whole token was copied.` };
}

function decodeJws(compact: string): DecodedToken {
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(compact);
  } catch {
    return { kind: 'malformed', message: 'The first part of this JWT is not a readable header (base64url-encoded JSON). Check that the whole token was copied.' };
  }
  let payload: Record<string, unknown>;
  try {
    payload = decodeJwt(compact);
  } catch {
    return { kind: 'malformed', message: 'The header reads, but the payload (second part) is not base64url-encoded JSON claims. Check that the whole token was copied.' };
  }
  if (measureDepth(header).outcome === 'too-deep' || measureDepth(payload).outcome === 'too-deep') {
    return { kind: 'malformed', message: `This JWT's JSON is nested deeper than ${JSON_LIMITS.maxDepth} levels, which no real token is: the playground does not show it.` };
  }
  return { kind: 'jwt', compact, header, payload, tokenType: tokenTypeOf(header, payload) };
}

/**
 * RFC 9068 §2.1: a JWT access token says `typ: at+jwt`. Without it, a token with a `scope` but no
 * nonce or at_hash reads like an access token; everything else is taken for an id_token.
 */
function tokenTypeOf(header: Record<string, unknown>, payload: Record<string, unknown>): TokenType {
  const typ = typeof header.typ === 'string' ? header.typ.toLowerCase() : '';
  if (typ === 'at+jwt' || typ === 'application/at+jwt') return 'access_token';
  if ('scope' in payload && !('nonce' in payload) && !('at_hash' in payload)) return 'access_token';
  return 'id_token';
}
