import { scopeClaimsInIdToken, type BehaviourProfile } from './behaviour-profile';
import { CLAIM_CATALOGUE, PROTOCOL_CLAIMS, claimsOfScope, findClaim } from './catalogue';
import { customClaimNames, matchCustomScope, type LoginPolicy } from './login-policy';
import { CLAIM_TARGETS, type ClaimsRequest, type ClaimTarget } from './parse-claims-request';
import { claimValue } from './profile-claims';
import { suggestName } from './suggest-name';
import type { UserProfile } from './user-profile';

export type ClaimSourceKind = 'protocol' | 'scope' | 'claims-request' | 'custom-claim';

export type MissingReason =
  | { code: 'unknown-claim'; suggestion: string | undefined }
  | { code: 'scope-dropped'; scope: string }
  | { code: 'no-profile-value'; attribute: string | undefined }
  | { code: 'userinfo-only'; scope: string }
  | { code: 'essential-absent' }
  | { code: 'not-returned' };

export type ClaimVerdict =
  | {
      readonly outcome: 'delivered';
      readonly claim: string;
      readonly target: ClaimTarget;
      readonly source: ClaimSourceKind;
      readonly scope?: string;
      readonly attribute?: string;
      readonly value: unknown;
      readonly sentence: string;
    }
  | {
      readonly outcome: 'missing';
      readonly claim: string;
      readonly target: ClaimTarget;
      readonly source: ClaimSourceKind;
      readonly reason: MissingReason;
      readonly sentence: string;
    };

export interface ExplainClaimsInput {
  readonly requestedScopes: readonly string[];
  /** Granted scopes as the token response said (or as assumed when it did not). */
  readonly grantedScopes: readonly string[];
  readonly claimsRequest: ClaimsRequest | undefined;
  readonly idToken: Readonly<Record<string, unknown>> | undefined;
  readonly userinfo: Readonly<Record<string, unknown>> | undefined;
  /** Discovery's claims_supported, when published. */
  readonly claimsSupported?: readonly string[];
  readonly provider:
    | { readonly kind: 'mock'; readonly behaviour: BehaviourProfile; readonly loginPolicy: LoginPolicy; readonly user: UserProfile | undefined }
    | { readonly kind: 'real' };
}

const TARGET_LABEL: Record<ClaimTarget, string> = { id_token: 'the id_token', userinfo: 'userinfo' };

/**
 * Where every claim came from, and why each requested one is missing. Computed from what was
 * composed and what came back over the wire (plus, for the mock, its settings), so it reads the
 * same for a real provider.
 */
export function explainClaims(input: ExplainClaimsInput): ClaimVerdict[] {
  const order: ClaimTarget[] = ['id_token', 'userinfo'];
  return order.flatMap((target) => ((target === 'id_token' ? input.idToken : input.userinfo) ? explainTarget(input, target) : []));
}

function explainTarget(input: ExplainClaimsInput, target: ClaimTarget): ClaimVerdict[] {
  const received = (target === 'id_token' ? input.idToken : input.userinfo) ?? {};
  const asked = input.claimsRequest?.[target] ?? {};
  const mock = input.provider.kind === 'mock' ? input.provider : undefined;
  const grantedScopeOf = new Map<string, string>();
  for (const scope of input.grantedScopes) for (const claim of claimsOfScope(scope)) grantedScopeOf.set(claim.name, scope);
  const customOf = mock ? customMappings(mock.loginPolicy, mock.behaviour, input.grantedScopes, target) : new Map<string, string>();

  const delivered: ClaimVerdict[] = Object.keys(received).map((claim) => {
    const value = received[claim];
    const base = { outcome: 'delivered' as const, claim, target, value };
    if (isProtocolClaim(claim)) {
      return { ...base, source: 'protocol', sentence: `${claim} is a protocol claim the provider sets on every ${target === 'id_token' ? 'id_token' : 'userinfo response'}.` };
    }
    if (claim === 'global_sub') return { ...base, source: 'protocol', sentence: 'global_sub is Hosted Login’s global identifier of the user, added at userinfo.' };
    if (claim in asked) return { ...base, source: 'claims-request', sentence: `${claim} came from the claims parameter (claims.${target}.${claim}).` };
    const scope = grantedScopeOf.get(claim);
    if (scope) return { ...base, source: 'scope', scope, sentence: `${claim} came with the ${scope} scope.` };
    const attribute = customOf.get(claim);
    if (attribute) return { ...base, source: 'custom-claim', attribute, sentence: `${claim} is a custom claim mapped from the profile attribute ${attribute}.` };
    return { ...base, source: 'custom-claim', sentence: `${claim} was added by the provider: neither a granted scope nor the claims parameter asked for it.` };
  });

  const missing: ClaimVerdict[] = [];
  const known = knownClaims(input);
  for (const [claim, options] of Object.entries(asked)) {
    if (claim in received) continue;
    const reason = missingReason(claim, input, known, options?.essential === true);
    missing.push({ outcome: 'missing', claim, target, source: 'claims-request', reason, sentence: sentenceFor(claim, target, reason) });
  }
  const scopeClaimsHere = target === 'userinfo' || (mock ? scopeClaimsInIdToken(mock.behaviour) : false);
  for (const [claim, scope] of grantedScopeOf) {
    if (claim in received || claim in asked || isProtocolClaim(claim)) continue;
    if (scopeClaimsHere) {
      const reason = missingReason(claim, input, known, false);
      missing.push({ outcome: 'missing', claim, target, source: 'scope', reason, sentence: sentenceFor(claim, target, reason) });
    } else if (input.userinfo && claim in input.userinfo) {
      // Worth saying only where it teaches: the claim did come, at userinfo.
      const reason: MissingReason = { code: 'userinfo-only', scope };
      missing.push({ outcome: 'missing', claim, target, source: 'scope', reason, sentence: sentenceFor(claim, target, reason) });
    }
  }
  if (target === 'userinfo') {
    for (const scope of input.requestedScopes.filter((s) => !input.grantedScopes.includes(s))) {
      for (const { name } of claimsOfScope(scope)) {
        if (name in received || name in asked || grantedScopeOf.has(name)) continue;
        const reason: MissingReason = { code: 'scope-dropped', scope };
        missing.push({ outcome: 'missing', claim: name, target, source: 'scope', reason, sentence: sentenceFor(name, target, reason) });
      }
    }
  }
  return [...delivered, ...missing];
}

/** sub, iss, auth_time and the JWT claims belong to the protocol, not to what a scope releases. */
function isProtocolClaim(claim: string): boolean {
  return (PROTOCOL_CLAIMS as readonly string[]).includes(claim);
}

function customMappings(policy: LoginPolicy, behaviour: BehaviourProfile, granted: readonly string[], target: ClaimTarget): Map<string, string> {
  const mapped = new Map<string, string>(Object.entries(policy.customClaims[target]));
  if (behaviour === 'next-identity') {
    for (const scope of granted) {
      const defined = matchCustomScope(scope, policy);
      if (defined) for (const [claim, attribute] of Object.entries(policy.customScopes[defined])) mapped.set(claim, attribute);
    }
  }
  return mapped;
}

function knownClaims(input: ExplainClaimsInput): string[] {
  const standard = [...CLAIM_CATALOGUE.map((c) => c.name), ...PROTOCOL_CLAIMS];
  if (input.provider.kind === 'mock') return [...standard, ...customClaimNames(input.provider.loginPolicy)];
  return input.claimsSupported ? [...input.claimsSupported] : standard;
}

function missingReason(claim: string, input: ExplainClaimsInput, known: readonly string[], essential: boolean): MissingReason {
  if (!known.includes(claim)) return { code: 'unknown-claim', suggestion: suggestName(claim, known) };
  const { provider } = input;
  if (provider.kind === 'mock' && provider.user) {
    const entry = findClaim(claim);
    if (entry) {
      const attribute = entry.source.kind === 'attribute' ? entry.source.attribute : undefined;
      if (claimValue(claim, provider.user) === undefined) return { code: 'no-profile-value', attribute };
    } else {
      const attribute = CLAIM_TARGETS.map((t) => customMappings(provider.loginPolicy, provider.behaviour, input.grantedScopes, t).get(claim)).find(Boolean);
      if (attribute && provider.user[attribute as keyof UserProfile] === undefined) return { code: 'no-profile-value', attribute };
    }
  }
  return essential ? { code: 'essential-absent' } : { code: 'not-returned' };
}

function sentenceFor(claim: string, target: ClaimTarget, reason: MissingReason): string {
  const where = TARGET_LABEL[target];
  switch (reason.code) {
    case 'unknown-claim':
      return `${claim} is not a claim this provider knows, so it was ignored${reason.suggestion ? `; did you mean ${reason.suggestion}? Claim names are case-sensitive.` : '.'}`;
    case 'scope-dropped':
      return `${claim} is missing from ${where}: its scope ${reason.scope} was dropped by the token policy.`;
    case 'no-profile-value':
      return `${claim} is missing from ${where}: the user’s profile has no value${reason.attribute ? ` for ${reason.attribute}` : ' for it'}.`;
    case 'userinfo-only':
      return `${claim} is not in the id_token: this provider serves ${reason.scope} claims only at userinfo; ask for it under claims.id_token to get it here.`;
    case 'essential-absent':
      return `${claim} was asked for in ${where} as essential but did not arrive.`;
    case 'not-returned':
      return `${claim} was asked for in ${where} but the provider did not return it.`;
  }
}
