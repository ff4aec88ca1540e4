import type { InspectHandoff } from '../../domain/tokens/inspect-handoff';
import type { TokenType } from '../../domain/tokens/decode-token';

/** Everything typed on /inspect. Held in component state only: never stored, never in the URL. */
export interface InspectInputs {
  readonly token: string;
  readonly treatAs: 'auto' | TokenType;
  readonly issuer: string;
  readonly audience: string;
  readonly now: string;
  readonly userinfo: string;
  readonly scope: string;
  readonly claims: string;
}

export function initialInputs(handoff: InspectHandoff | undefined, now: Date): InspectInputs {
  return {
    token: handoff?.token ?? '',
    treatAs: 'auto',
    issuer: '',
    audience: handoff?.audience ?? '',
    now: handoff?.now ?? now.toISOString(),
    userinfo: handoff?.userinfoText ?? '',
    scope: handoff?.scope ?? '',
    claims: handoff?.claimsText ?? '',
  };
}
