import type { FlowError } from '../flow/flow-run';
import type { AtUserinfoClaim, ClaimsParameterSupport, ClaimVerdict, DeliveredClaim, MissingClaim } from './explain-claims';

/** One granted scope whose claims the provider served at userinfo rather than in the id_token. */
export interface ScopeAtUserinfo {
  readonly scope: string;
  readonly claims: readonly string[];
  /** Whether asking under claims.id_token could bring them into the id_token. */
  readonly claimsParameter: ClaimsParameterSupport;
}

export interface ClaimSummary {
  readonly delivered: number;
  /** Scope claims found at userinfo instead of the id_token (OIDC Core §5.4): not absences. */
  readonly atUserinfo: number;
  readonly expectedAbsences: number;
  readonly surprisingAbsences: number;
  /** Not received because the step that would have brought them failed: counted apart, neither expected nor a surprise of the provider's. */
  readonly notReceived: number;
  /** The step whose failure they are, when any. */
  readonly failedStage: FlowError['stage'] | undefined;
}

export interface GroupedClaimVerdicts {
  /** Registered claims the provider sets itself: one compact block, not one row each. */
  readonly protocol: readonly DeliveredClaim[];
  /** One entry per scope, in the order the claims were met. */
  readonly atUserinfo: readonly ScopeAtUserinfo[];
  /** Everything else, in the engine's order: claims a scope, the claims parameter or a mapping brought, and absences. */
  readonly rows: ReadonlyArray<DeliveredClaim | MissingClaim>;
  readonly summary: ClaimSummary;
}

/** Arranges the verdicts for reading: protocol claims together, userinfo-served scopes as one line each, the rest as rows. */
export function groupClaimVerdicts(verdicts: readonly ClaimVerdict[]): GroupedClaimVerdicts {
  const protocol: DeliveredClaim[] = [];
  const rows: Array<DeliveredClaim | MissingClaim> = [];
  const byScope = new Map<string, string[]>();
  const atUserinfo: AtUserinfoClaim[] = [];
  for (const verdict of verdicts) {
    if (verdict.outcome === 'at-userinfo') {
      atUserinfo.push(verdict);
      byScope.set(verdict.scope, [...(byScope.get(verdict.scope) ?? []), verdict.claim]);
    } else if (verdict.outcome === 'delivered' && verdict.source === 'protocol') protocol.push(verdict);
    else rows.push(verdict);
  }
  const missing = rows.filter((v): v is MissingClaim => v.outcome === 'missing');
  return {
    protocol,
    atUserinfo: [...byScope].map(([scope, claims]) => ({
      scope,
      claims,
      claimsParameter: atUserinfo.find((v) => v.scope === scope)?.message.claimsParameter ?? 'supported',
    })),
    rows,
    summary: {
      delivered: verdicts.filter((v) => v.outcome === 'delivered').length,
      atUserinfo: atUserinfo.length,
      expectedAbsences: missing.filter((v) => v.absence === 'expected').length,
      surprisingAbsences: missing.filter((v) => v.absence === 'surprising').length,
      notReceived: missing.filter((v) => v.absence === 'step-failed').length,
      failedStage: missing.flatMap((v) => (v.reason.code === 'step-failed' ? [v.reason.stage] : []))[0],
    },
  };
}
