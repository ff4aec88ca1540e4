import { BEHAVIOUR_PROFILES, PROVIDER_SPECIFIC_CLAIMS, REAL_PROVIDER_RULES, releasesClaim, scopeClaimsUnder, type BehaviourProfile, type BehaviourProfileDefinition } from '../mock/behaviour-profile';
import { CLAIM_CATALOGUE, STANDARD_CLAIMS, findClaim, isStandardClaim } from '../scopes-and-claims/catalogue';
import type { FlowError } from '../flow/flow-run';
import { matchRequestedValue, type RequestedValueMatch } from './match-requested-value';
import { customClaimNames, type LoginPolicy } from '../mock/login-policy';
import type { AtUserinfoMessage, ClaimsParameterSupport, DeliveredMessage, MissingMessage } from './claim-message';
import { CLAIM_TARGETS, type ClaimRequestOptions, type ClaimsRequest, type ClaimTarget } from '../scopes-and-claims/parse-claims-request';
import { claimValue } from '../mock/profile-claims';
import { findRegisteredClaim, type SpecReference } from '../scopes-and-claims/registered-claims';
import { PROTOCOL_CLAIMS, isProtocolClaim } from '../scopes-and-claims/protocol-claims';
import { planRelease, type PlannedRelease, type ReleaseRoute } from '../mock/release-claims';
import { suggestName } from '../text/suggest-name';
import type { UserProfile } from '../mock/user-profile';

export type ClaimSourceKind = 'protocol' | 'scope' | 'claims-request' | 'custom-claim';

export type MissingReason =
  /** `caseVariant`: a known claim spelt the same but for case, the only time case is worth a word. */
  | { readonly code: 'unknown-claim'; readonly suggestion: string | undefined; readonly caseVariant: string | undefined }
  /** A standard claim (OIDC Core §5.1) the mock's behaviour profile does not release. */
  | { readonly code: 'not-released-by-profile'; readonly provider: string }
  /** A standard claim a real provider leaves out of its claims_supported. */
  | { readonly code: 'standard-not-in-claims-supported' }
  | { readonly code: 'scope-dropped'; readonly scope: string }
  | { readonly code: 'no-profile-value'; readonly attribute: string | undefined }
  | { readonly code: 'essential-absent' }
  | { readonly code: 'not-returned' }
  /** The step that would have brought it (userinfo, after the tokens came) failed, so nothing of it arrived. */
  | { readonly code: 'step-failed'; readonly stage: FlowError['stage'] };

export interface DeliveredClaim {
  readonly outcome: 'delivered';
  readonly claim: string;
  readonly target: ClaimTarget;
  readonly source: ClaimSourceKind;
  /** The granted scope that carried it (a standard scope, or a custom scope as requested). */
  readonly scope?: string;
  /** The profile attribute behind it, when the mock's settings say. */
  readonly attribute?: string;
  /** Where a registered protocol claim is defined. */
  readonly spec?: SpecReference;
  readonly message: DeliveredMessage;
}

/**
 * A scope claim that is not in the id_token because the provider serves it at userinfo, where it
 * did arrive (OIDC Core §5.4). Not an absence: the claim came, one call later.
 */
export interface AtUserinfoClaim {
  readonly outcome: 'at-userinfo';
  readonly claim: string;
  readonly target: 'id_token';
  readonly source: 'scope';
  readonly scope: string;
  readonly message: AtUserinfoMessage;
}

export type { ClaimsParameterSupport };

/**
 * Whether an absence is to be expected (the scope was not granted, the profile holds no value, a
 * scope claim is only voluntary, OIDC Core §5.4) or surprising (a name the provider does not
 * know, an essential or named claim that did not come).
 */
export type AbsenceKind = 'expected' | 'surprising' | 'step-failed';

export interface MissingClaim {
  readonly outcome: 'missing';
  readonly claim: string;
  readonly target: ClaimTarget;
  /** What it was expected through. */
  readonly source: ClaimSourceKind;
  readonly reason: MissingReason;
  /**
   * Asked for as essential (OIDC Core §5.5.1): requested, not guaranteed. An essential claim that
   * did not come is always a surprising absence, whatever the reason.
   */
  readonly essential: boolean;
  readonly absence: AbsenceKind;
  readonly message: MissingMessage;
}

export type ClaimVerdict = DeliveredClaim | AtUserinfoClaim | MissingClaim;

export interface MockProviderSettings {
  readonly kind: 'mock';
  readonly behaviour: BehaviourProfile;
  readonly loginPolicy: LoginPolicy;
  readonly user: UserProfile | undefined;
}

export interface ExplainClaimsInput {
  readonly requestedScopes: readonly string[];
  /** Granted scopes as the token response said (or as assumed when it did not). */
  readonly grantedScopes: readonly string[];
  readonly claimsRequest: ClaimsRequest | undefined;
  readonly idToken: Readonly<Record<string, unknown>> | undefined;
  readonly userinfo: Readonly<Record<string, unknown>> | undefined;
  /** Discovery's claims_supported, when published. */
  readonly claimsSupported?: readonly string[];
  /**
   * Discovery's claims_parameter_supported; omitted means false
   * (https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata). The mock takes the parameter.
   */
  readonly claimsParameterSupported?: boolean;
  readonly provider: MockProviderSettings | { readonly kind: 'real' };
  /**
   * A step after the token exchange that failed before userinfo answered (the run's failure):
   * every claim expected at userinfo is then listed as not received, rather than left out.
   */
  readonly failedStep?: FlowError['stage'];
}


/**
 * Where every claim came from, and why each expected one is missing: one verdict per (claim,
 * target), id_token rows first, delivered (in payload order) before missing. Computed from what
 * was composed and what came back over the wire (plus, for the mock, its settings), never from
 * the provider's internals, so it reads the same for a real provider.
 */
export function explainClaims(input: ExplainClaimsInput): ClaimVerdict[] {
  const context = contextOf(input);
  return (['id_token', 'userinfo'] as const).flatMap((target) => {
    const received = payloadOf(input, target);
    if (received) return [...explainDelivered(context, target, received), ...explainAbsent(context, target, received)];
    // A failed step is no "nothing missing": what it would have brought is listed as not received.
    if (target === 'userinfo' && input.failedStep) return explainAbsent(context, target, {}, input.failedStep);
    return [];
  });
}

interface Context {
  readonly input: ExplainClaimsInput;
  readonly mock: MockProviderSettings | undefined;
  /** Catalogue claim → the granted scope that releases it. */
  readonly scopeOf: ReadonlyMap<string, string>;
  /** The mock's profile, or what is assumed of a real provider (plain OIDC Core). */
  readonly rules: BehaviourProfileDefinition;
  /** What the provider releases where, and why: the same decision the mock makes (release-claims.ts). */
  readonly plan: readonly PlannedRelease[];
  readonly known: ReadonlySet<string>;
}

function contextOf(input: ExplainClaimsInput): Context {
  const mock = input.provider.kind === 'mock' ? input.provider : undefined;
  const rules = mock ? BEHAVIOUR_PROFILES[mock.behaviour] : REAL_PROVIDER_RULES;
  const scopeOf = new Map<string, string>();
  for (const scope of input.grantedScopes) for (const claim of scopeClaimsUnder(rules, scope)) if (!isProtocolClaim(claim.name)) scopeOf.set(claim.name, scope);
  const known = new Set<string>([
    ...CLAIM_CATALOGUE.map((c) => c.name),
    ...STANDARD_CLAIMS,
    ...PROTOCOL_CLAIMS,
    ...(mock ? customClaimNames(mock.loginPolicy) : []),
    ...(input.claimsSupported ?? []),
    // Whatever arrived anywhere is a claim the provider knows.
    ...Object.keys(input.idToken ?? {}),
    ...Object.keys(input.userinfo ?? {}),
  ]);
  const plan = planRelease({ rules, grantedScopes: input.grantedScopes, claimsRequest: input.claimsRequest, loginPolicy: mock?.loginPolicy });
  return { input, mock, scopeOf, rules, plan, known };
}

/** The routes by which the plan releases a claim to a target, in the order the provider writes them. */
function routesOf(plan: readonly PlannedRelease[], target: ClaimTarget, claim: string): ReleaseRoute[] {
  return plan.flatMap((release) => (release.target === target && release.claim === claim ? [release.route] : []));
}

function explainDelivered(context: Context, target: ClaimTarget, received: Readonly<Record<string, unknown>>): DeliveredClaim[] {
  const asked = askedUnder(context.input, target);
  return Object.keys(received).map((claim): DeliveredClaim => {
    const base = { outcome: 'delivered', claim, target } as const;
    const registered = findRegisteredClaim(claim);
    if (registered) {
      return {
        ...base,
        source: 'protocol',
        spec: registered.spec,
        message: { code: 'registered-claim', claim, target, meaning: registered.meaning, alsoAsked: hasOwn(asked, claim), requestedValue: valueMatchOf(asked, claim, received) },
      };
    }
    const providerSpecific = PROVIDER_SPECIFIC_CLAIMS.get(claim);
    if (providerSpecific) {
      return { ...base, source: 'protocol', message: { code: 'provider-specific-claim', claim, target, meaning: providerSpecific.meaning } };
    }
    const attribute = context.mock ? attributeOf(claim, target, context.mock.loginPolicy) : undefined;
    if (hasOwn(asked, claim)) {
      return {
        ...base,
        source: 'claims-request',
        ...(attribute ? { attribute } : {}),
        message: { code: 'from-claims-request', claim, target, requestedValue: valueMatchOf(asked, claim, received) },
      };
    }
    const scope = context.scopeOf.get(claim);
    if (scope) {
      return { ...base, source: 'scope', scope, ...(attribute ? { attribute } : {}), message: { code: 'from-scope', claim, target, scope, attribute } };
    }
    const custom = customMappingOf(context.plan, target, claim);
    if (custom?.scope) {
      const definedAs = custom.definedAs !== custom.scope ? custom.definedAs : undefined;
      return {
        ...base,
        source: 'custom-claim',
        scope: custom.scope,
        attribute: custom.attribute,
        message: { code: 'from-custom-scope', claim, target, scope: custom.scope, definedAs, attribute: custom.attribute },
      };
    }
    if (custom) {
      return { ...base, source: 'custom-claim', attribute: custom.attribute, message: { code: 'custom-claim-mapped', claim, target, attribute: custom.attribute } };
    }
    return { ...base, source: 'custom-claim', message: { code: 'added-by-provider', claim, target } };
  });
}

function explainAbsent(context: Context, target: ClaimTarget, received: Readonly<Record<string, unknown>>, failedStage?: FlowError['stage']): Array<MissingClaim | AtUserinfoClaim> {
  const { input, mock } = context;
  const asked = askedUnder(input, target);
  const missing: Array<MissingClaim | AtUserinfoClaim> = [];
  const seen = new Set<string>();
  const add = (claim: string, source: ClaimSourceKind, found: MissingReason, essential = false) => {
    if (hasOwn(received, claim) || seen.has(claim)) return;
    seen.add(claim);
    // What the step would have brought but did not, because it failed: the other reasons stay true whatever the step did.
    const reason: MissingReason = failedStage && (found.code === 'not-returned' || found.code === 'essential-absent') ? { code: 'step-failed', stage: failedStage } : found;
    const absence = essential ? 'surprising' : absenceOf(context, source, reason);
    missing.push({ outcome: 'missing', claim, target, source, reason, essential, absence, message: essential ? { ...messageFor(context, claim, target, source, reason), essential } : messageFor(context, claim, target, source, reason) });
  };

  // 0. A failed userinfo step: sub is always at userinfo (OIDC Core §5.3.2), and so are the profile's own extras.
  if (failedStage) {
    add('sub', 'protocol', { code: 'not-returned' });
    for (const { claim, target: to, route } of context.plan) if (to === target && route.kind === 'profile-extra') add(claim, 'protocol', { code: 'not-returned' });
  }

  // 1. Asked for by name: the claims parameter (OIDC Core §5.5) is honoured whatever scopes were granted.
  for (const [claim, options] of Object.entries(asked)) {
    const essential = options?.essential === true;
    add(claim, 'claims-request', missingReason(context, claim, target, essential), essential);
  }

  // 2. Claims of the granted scopes, where this provider puts them.
  const other = payloadOf(input, target === 'id_token' ? 'userinfo' : 'id_token');
  for (const [claim, scope] of context.scopeOf) {
    if (hasOwn(asked, claim)) continue;
    if (routesOf(context.plan, target, claim).some((route) => route.kind === 'scope')) {
      add(claim, 'scope', missingReason(context, claim, target, false));
    } else if (target === 'id_token' && other && hasOwn(other, claim) && !hasOwn(received, claim) && !seen.has(claim)) {
      // OIDC Core §5.4: with an access token issued, scope claims come from userinfo. Nobody asked
      // for them in the id_token, so this is no absence; said only where the claim did come.
      seen.add(claim);
      missing.push({
        outcome: 'at-userinfo',
        claim,
        target,
        source: 'scope',
        scope,
        message: { code: 'at-userinfo', claim, scope, claimsParameter: claimsParameterOf(input) },
      });
    }
  }

  // 3. Claims of requested scopes the token policy dropped.
  const dropped = input.requestedScopes.filter((scope) => !input.grantedScopes.includes(scope));
  for (const scope of dropped) {
    // What the provider would have released here had the scope been granted.
    const wouldRelease = planRelease({ rules: context.rules, grantedScopes: [scope], claimsRequest: undefined, loginPolicy: mock?.loginPolicy });
    for (const { claim, route } of wouldRelease.filter((release) => release.target === target)) {
      if (route.kind === 'scope' && !context.scopeOf.has(claim) && !hasOwn(asked, claim)) add(claim, 'scope', { code: 'scope-dropped', scope });
      if (route.kind === 'custom-scope' && !hasOwn(asked, claim)) add(claim, 'custom-claim', { code: 'scope-dropped', scope });
    }
  }

  // 4. Custom claims the mock's settings map here (login policy, granted custom scopes).
  for (const { claim, target: to, route } of context.plan) {
    if (to === target && (route.kind === 'custom-scope' || route.kind === 'custom-claim') && !hasOwn(asked, claim)) {
      add(claim, 'custom-claim', missingReason(context, claim, target, false));
    }
  }
  return missing;
}

/** The first reason that applies; see docs/domain.md#claim-verdicts. */
function missingReason(context: Context, claim: string, target: ClaimTarget, essential: boolean): MissingReason {
  const { input, mock } = context;
  // OIDC Core §5.1: a standard claim is never an unknown name, only one this provider may not release.
  // https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims
  if (isStandardClaim(claim)) {
    if (mock && !releasesClaim(context.rules, claim)) return { code: 'not-released-by-profile', provider: context.rules.label };
    if (!mock && input.claimsSupported && !input.claimsSupported.includes(claim)) return { code: 'standard-not-in-claims-supported' };
  } else if (!context.known.has(claim)) {
    const caseVariant = [...context.known].find((name) => name !== claim && name.toLowerCase() === claim.toLowerCase());
    const suggestion = caseVariant ?? suggestName(claim, [...context.known]);
    // Without claims_supported a real provider's custom claims cannot be known: only a near miss counts as unknown.
    if (mock || input.claimsSupported || suggestion) return { code: 'unknown-claim', suggestion, caseVariant };
  }
  if (mock?.user && context.rules.unmappedClaims.includes(claim)) return { code: 'no-profile-value', attribute: undefined };
  if (mock?.user && !isProtocolClaim(claim)) {
    const attribute = attributeOf(claim, target, mock.loginPolicy);
    if (!hasProfileValue(claim, attribute, mock.user)) return { code: 'no-profile-value', attribute };
  }
  return essential ? { code: 'essential-absent' } : { code: 'not-returned' };
}

/** What to say about an absence: the reason, told apart where the mock's settings or discovery say more. */
function messageFor(context: Context, claim: string, target: ClaimTarget, source: ClaimSourceKind, reason: MissingReason): MissingMessage {
  const provider = context.mock ? 'mock' : 'real';
  switch (reason.code) {
    case 'unknown-claim': {
      const checkedAgainst = provider === 'real' && context.input.claimsSupported ? 'claims-supported' : 'known-claims';
      return { code: 'unknown-claim', claim, target, suggestion: reason.suggestion, caseSensitive: reason.caseVariant !== undefined, checkedAgainst };
    }
    case 'not-released-by-profile':
      return { code: 'standard-claim-not-released', claim, target, provider: reason.provider };
    case 'standard-not-in-claims-supported':
      return { code: 'standard-claim-not-supported', claim, target };
    case 'step-failed':
      return { code: 'step-failed', claim, target, stage: reason.stage };
    case 'scope-dropped':
      return { code: provider === 'real' ? 'scope-not-granted' : 'scope-dropped-by-policy', claim, target, scope: reason.scope };
    case 'no-profile-value':
      return context.rules.unmappedClaims.includes(claim)
        ? { code: 'no-mapped-attribute', claim, target }
        : { code: 'no-profile-value', claim, target, attribute: reason.attribute };
    case 'essential-absent':
      return { code: 'essential-absent', claim, target };
    case 'not-returned':
      if (source === 'claims-request') return { code: 'asked-not-returned', claim, target };
      return source === 'scope'
        ? { code: 'scope-claim-not-returned', claim, target, scope: context.scopeOf.get(claim), provider }
        : { code: 'custom-claim-not-returned', claim, target, provider };
  }
}

/**
 * Red is kept for what a person should act on: a name the provider does not know, a claim asked
 * for by name (OIDC Core §5.5) or as essential that did not come, or, on the mock whose settings
 * are known, a claim that had a value and still did not come. The rest follows from a dropped
 * scope, an empty profile value, or the voluntary nature of scope claims (OIDC Core §5.4).
 */
function absenceOf(context: Context, source: ClaimSourceKind, reason: MissingReason): AbsenceKind {
  switch (reason.code) {
    case 'unknown-claim':
    case 'essential-absent':
      return 'surprising';
    // The provider's own rules say it never comes (a dropped scope, no value, a withheld standard claim): nothing to chase.
    case 'scope-dropped':
    case 'no-profile-value':
    case 'not-released-by-profile':
    case 'standard-not-in-claims-supported':
      return 'expected';
    case 'step-failed':
      return 'step-failed';
    case 'not-returned':
      return source === 'claims-request' || context.mock ? 'surprising' : 'expected';
  }
}

function claimsParameterOf(input: ExplainClaimsInput): ClaimsParameterSupport {
  return input.provider.kind === 'mock' || input.claimsParameterSupported === true ? 'supported' : 'not-supported';
}

function payloadOf(input: ExplainClaimsInput, target: ClaimTarget): Readonly<Record<string, unknown>> | undefined {
  return target === 'id_token' ? input.idToken : input.userinfo;
}

function askedUnder(input: ExplainClaimsInput, target: ClaimTarget): Readonly<Record<string, ClaimRequestOptions | null>> {
  return input.claimsRequest?.[target] ?? {};
}

/** Whether a delivered value is the one asked for with `value` or among `values` (OIDC Core §5.5.1). */
function valueMatchOf(asked: Readonly<Record<string, ClaimRequestOptions | null>>, claim: string, received: Readonly<Record<string, unknown>>): RequestedValueMatch | undefined {
  const options = hasOwn(asked, claim) ? asked[claim] : undefined;
  return options ? matchRequestedValue(options, received[claim]) : undefined;
}

function hasOwn(record: object, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** Which custom mapping released a claim to a target; the login policy's customClaims win, as the mock applies them last. */
function customMappingOf(plan: readonly PlannedRelease[], target: ClaimTarget, claim: string): { attribute: string; scope?: string; definedAs?: string } | undefined {
  const routes = routesOf(plan, target, claim);
  for (const route of routes) if (route.kind === 'custom-claim') return { attribute: route.attribute };
  for (const route of routes) if (route.kind === 'custom-scope') return { attribute: route.attribute, scope: route.scope, definedAs: route.definedAs };
  return undefined;
}

/** The profile attribute behind a claim: the catalogue for standard claims, the login policy for custom ones. */
function attributeOf(claim: string, target: ClaimTarget, policy: LoginPolicy): string | undefined {
  const entry = findClaim(claim);
  if (entry) {
    if (entry.source.kind === 'attribute') return entry.source.attribute;
    if (entry.source.kind === 'derived') return listWithOr(entry.source.from);
    return undefined;
  }
  const targets = [target, ...CLAIM_TARGETS.filter((t) => t !== target)];
  const mappings = [...targets.map((t) => policy.customClaims[t]), ...Object.values(policy.customScopes)];
  return mappings.find((mapping) => hasOwn(mapping, claim))?.[claim];
}

function hasProfileValue(claim: string, attribute: string | undefined, user: UserProfile): boolean {
  if (findClaim(claim)) return claimValue(claim, user) !== undefined;
  if (!attribute) return true;
  const value = (user as Readonly<Record<string, unknown>>)[attribute];
  return hasOwn(user, attribute) && value !== undefined && value !== null;
}

function listWithOr(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}
