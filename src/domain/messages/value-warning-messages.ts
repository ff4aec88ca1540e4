import type { ValueWarning } from '../tokens/check-claim-values';

const CORE_ID_TOKEN = 'OIDC Core §2';

/** The sentence for a suspicious claim value (check-claim-values). */
export function valueWarningText(warning: ValueWarning): string {
  switch (warning.code) {
    case 'epoch-zero':
      return `${warning.claim} is ${warning.value}, which reads as 1970-01-01: the provider most likely had no value and sent a placeholder, so treat it as unknown.`;
    case 'iat-in-future':
      return `iat is ${warning.seconds} s in the future: the provider’s clock runs ahead, or the token was made up.`;
    case 'exp-before-iat':
      return `exp is not after iat, so the token was expired the moment it was issued (${CORE_ID_TOKEN}).`;
    case 'auth-time-after-iat':
      return `auth_time is ${warning.seconds} s after iat: the user cannot have authenticated after the token was issued (${CORE_ID_TOKEN}).`;
    case 'auth-time-in-future':
      return `auth_time is ${warning.seconds} s in the future: the provider’s clock runs ahead.`;
  }
}
