import { isTimeClaim } from '../text/describe-time';

/**
 * Values that are well typed but should not be trusted as they read: a time of 0 (1970) where a
 * provider had no value, or times that contradict each other. Each is a warning with a stable code and its parameters (worded by src/domain/messages);
 * the claim checks of OIDC Core §3.1.3.7 stay in check-id-token-claims.
 */
export type ValueWarningCode = 'epoch-zero' | 'iat-in-future' | 'exp-before-iat' | 'auth-time-after-iat' | 'auth-time-in-future';

/** A warning and what its sentence needs (src/domain/messages words it). */
export type ValueWarning =
  | { readonly code: 'epoch-zero'; readonly claim: string; readonly value: number }
  | { readonly code: 'iat-in-future'; readonly claim: 'iat'; readonly seconds: number }
  | { readonly code: 'exp-before-iat'; readonly claim: 'exp' }
  | { readonly code: 'auth-time-after-iat'; readonly claim: 'auth_time'; readonly seconds: number }
  | { readonly code: 'auth-time-in-future'; readonly claim: 'auth_time'; readonly seconds: number };

export interface CheckClaimValuesOptions {
  /** "Now" in seconds since 1970: the run's clock. */
  readonly now: number;
  /** Allowed clock difference with the provider, in seconds. */
  readonly clockTolerance?: number;
}

export function checkClaimValues(claims: Readonly<Record<string, unknown>>, options: CheckClaimValuesOptions): ValueWarning[] {
  const tolerance = options.clockTolerance ?? 60;
  const warnings: ValueWarning[] = [];
  const time = (claim: string): number | undefined => {
    const value = Object.hasOwn(claims, claim) ? claims[claim] : undefined;
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  };

  for (const claim of Object.keys(claims)) {
    const value = time(claim);
    if (isTimeClaim(claim) && value !== undefined && value <= 0) {
      warnings.push({ code: 'epoch-zero', claim, value });
    }
  }
  const iat = time('iat');
  const exp = time('exp');
  const authTime = time('auth_time');
  if (iat !== undefined && iat - tolerance > options.now) {
    warnings.push({ code: 'iat-in-future', claim: 'iat', seconds: iat - options.now });
  }
  if (iat !== undefined && exp !== undefined && exp <= iat) {
    // OIDC Core §2: exp is the time on or after which the token MUST NOT be accepted.
    // https://openid.net/specs/openid-connect-core-1_0.html#IDToken
    warnings.push({ code: 'exp-before-iat', claim: 'exp' });
  }
  // auth_time is when the user authenticated; a token cannot be issued for a login that happens later.
  if (authTime !== undefined && authTime > 0 && iat !== undefined && authTime - tolerance > iat) {
    warnings.push({ code: 'auth-time-after-iat', claim: 'auth_time', seconds: authTime - iat });
  } else if (authTime !== undefined && authTime - tolerance > options.now) {
    warnings.push({ code: 'auth-time-in-future', claim: 'auth_time', seconds: authTime - options.now });
  }
  return warnings;
}
