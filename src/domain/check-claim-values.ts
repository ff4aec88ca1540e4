import { isTimeClaim } from './describe-time';

/**
 * Values that are well typed but should not be trusted as they read: a time of 0 (1970) where a
 * provider had no value, or times that contradict each other. Each is a warning with a stable code;
 * the claim checks of OIDC Core §3.1.3.7 stay in check-id-token-claims.
 */
export type ValueWarningCode = 'epoch-zero' | 'iat-in-future' | 'exp-before-iat' | 'auth-time-after-iat' | 'auth-time-in-future';

export interface ValueWarning {
  readonly claim: string;
  readonly code: ValueWarningCode;
  readonly sentence: string;
}

export interface CheckClaimValuesOptions {
  /** "Now" in seconds since 1970: the run's clock. */
  readonly now: number;
  /** Allowed clock difference with the provider, in seconds. */
  readonly clockTolerance?: number;
}

const CORE_ID_TOKEN = 'OIDC Core §2 (https://openid.net/specs/openid-connect-core-1_0.html#IDToken)';

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
      warnings.push({
        claim,
        code: 'epoch-zero',
        sentence: `${claim} is ${value}, which reads as 1970-01-01: the provider most likely had no value and sent a placeholder, so treat it as unknown.`,
      });
    }
  }
  const iat = time('iat');
  const exp = time('exp');
  const authTime = time('auth_time');
  if (iat !== undefined && iat - tolerance > options.now) {
    warnings.push({ claim: 'iat', code: 'iat-in-future', sentence: `iat is ${iat - options.now} s in the future: the provider’s clock runs ahead, or the token was made up.` });
  }
  if (iat !== undefined && exp !== undefined && exp <= iat) {
    warnings.push({ claim: 'exp', code: 'exp-before-iat', sentence: `exp is not after iat, so the token was expired the moment it was issued (${CORE_ID_TOKEN}).` });
  }
  // auth_time is when the user authenticated; a token cannot be issued for a login that happens later.
  if (authTime !== undefined && authTime > 0 && iat !== undefined && authTime - tolerance > iat) {
    warnings.push({ claim: 'auth_time', code: 'auth-time-after-iat', sentence: `auth_time is ${authTime - iat} s after iat: the user cannot have authenticated after the token was issued (${CORE_ID_TOKEN}).` });
  } else if (authTime !== undefined && authTime - tolerance > options.now) {
    warnings.push({ claim: 'auth_time', code: 'auth-time-in-future', sentence: `auth_time is ${authTime - options.now} s in the future: the provider’s clock runs ahead.` });
  }
  return warnings;
}
