import { base64url } from 'jose';

/** RFC 7636 §4.1: 43–128 characters from the unreserved set. */
const VERIFIER_SHAPE = /^[A-Za-z0-9\-._~]{43,128}$/;

export type PkceCheck = { outcome: 'match' } | { outcome: 'mismatch'; reason: string };

/** RFC 7636 §4.6: BASE64URL(SHA256(ASCII(code_verifier))) must equal the stored challenge. */
export async function verifyPkce(verifier: string | null, challenge: string): Promise<PkceCheck> {
  if (!verifier) return { outcome: 'mismatch', reason: 'code_verifier is missing.' };
  if (!VERIFIER_SHAPE.test(verifier)) return { outcome: 'mismatch', reason: 'code_verifier must be 43–128 unreserved characters (RFC 7636 §4.1).' };
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url.encode(new Uint8Array(digest)) === challenge
    ? { outcome: 'match' }
    : { outcome: 'mismatch', reason: 'code_verifier does not match the code_challenge sent to the authorize endpoint.' };
}
