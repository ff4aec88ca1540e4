import type { UserProfile } from '../mock/user-profile';
import type { BehaviourProfile } from '../mock/behaviour-profile';
import { DEFAULT_MOCK_SETTINGS, DEFAULT_REQUEST, withScopes, type ComposedRequest, type DisallowedScopeHandling } from '../request/composed-request';
import { splitScopes } from '../scopes-and-claims/scope-list';
import { CONSENT_CLAIMS_POLICY, DEFAULT_LOGIN_POLICY, type LoginPolicy } from '../mock/login-policy';
import type { ClaimTarget } from '../scopes-and-claims/parse-claims-request';
import type { ScopeOutcome } from '../scopes-and-claims/resolve-scopes';
import { DEFAULT_PROTOCOL_CHOICES } from '../protocols/protocol-choices';
import type { RequestObjectMode } from '../protocols/request-object-choice';

/** What a scenario expects a run to show. */
export interface ScenarioExpectation {
  /** Outcome per requested scope. */
  readonly scopes?: Readonly<Record<string, ScopeOutcome>>;
  /** Claims that must be present, or absent, in a target. */
  readonly claims?: ReadonlyArray<{ readonly target: ClaimTarget; readonly claim: string; readonly present: boolean }>;
  /** An OAuth error the flow must end with. */
  readonly error?: string;
}

/** A prepared lesson: a composed request plus mock settings plus what should come back. Data, not code. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** One sentence: what it teaches. */
  readonly teaches: string;
  /** One sentence: what to look for. */
  readonly expect: string;
  readonly scope: string;
  readonly claims?: unknown;
  readonly prompt?: string;
  readonly allowedScopes: readonly string[];
  readonly behaviour?: BehaviourProfile;
  readonly loginPolicy?: LoginPolicy;
  readonly disallowedScopes?: DisallowedScopeHandling;
  /** The provider session the scenario needs before it starts. */
  readonly session?: 'none' | 'signed-in';
  readonly expected: ScenarioExpectation;
}

const ALL = ['openid', 'profile', 'email', 'address', 'phone'];

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'policy-allows-both',
    title: 'The policy allows both: email and address are granted',
    teaches: 'You get back a scope only when you asked for it and the token policy allows it.',
    expect: 'email and address are both granted, and their claims come back at userinfo.',
    scope: 'openid email address',
    allowedScopes: ['openid', 'email', 'address', 'profile', 'phone'],
    expected: { scopes: { openid: 'granted', email: 'granted', address: 'granted' }, claims: [{ target: 'userinfo', claim: 'address', present: true }] },
  },
  {
    id: 'policy-drops-address',
    title: 'The policy leaves address out: it is dropped, email is granted',
    teaches: 'A requested scope that the token policy does not allow is dropped silently, not refused.',
    expect: 'email is granted; address is dropped by the policy and no address claim arrives.',
    scope: 'openid email address',
    allowedScopes: ['openid', 'email', 'phone'],
    expected: {
      scopes: { openid: 'granted', email: 'granted', address: 'dropped-by-policy' },
      claims: [
        { target: 'userinfo', claim: 'email', present: true },
        { target: 'userinfo', claim: 'address', present: false },
      ],
    },
  },
  {
    id: 'policy-allows-neither',
    title: 'The policy allows neither: you sign in with openid alone',
    teaches: 'When nothing you asked for is allowed, you still sign in, but get only the openid claims.',
    expect: 'email and address are both dropped by the policy; userinfo holds little more than sub.',
    scope: 'openid email address',
    allowedScopes: ['openid', 'profile', 'phone'],
    expected: {
      scopes: { openid: 'granted', email: 'dropped-by-policy', address: 'dropped-by-policy' },
      claims: [{ target: 'userinfo', claim: 'email', present: false }],
    },
  },
  {
    id: 'address-added-to-policy',
    title: 'Add address to the token policy',
    teaches: 'Changing the token policy, not the request, is what brings a dropped scope back.',
    expect: 'Run “The policy leaves address out” first, then this one, and compare the runs: address turns from dropped to granted.',
    scope: 'openid email address',
    allowedScopes: ['openid', 'email', 'phone', 'address'],
    expected: { scopes: { openid: 'granted', email: 'granted', address: 'granted' }, claims: [{ target: 'userinfo', claim: 'address', present: true }] },
  },
  {
    id: 'unknown-scope',
    title: 'Ask for a scope that does not exist',
    teaches: 'An unknown scope such as bob is ignored by the provider, without an error.',
    expect: 'bob is reported as unknown; the sign-in still succeeds.',
    scope: 'openid email bob',
    allowedScopes: ALL,
    expected: { scopes: { openid: 'granted', email: 'granted', bob: 'unknown' } },
  },
  {
    id: 'claims-parameter-gender',
    title: 'gender through the claims parameter, to userinfo and the id_token',
    teaches: 'The claims parameter delivers a single claim wherever you ask, whatever scopes were granted.',
    expect: 'Only openid is requested, yet gender is in both the id_token and the userinfo response.',
    scope: 'openid',
    claims: { userinfo: { gender: null }, id_token: { gender: null } },
    allowedScopes: ['openid', 'email'],
    expected: {
      scopes: { openid: 'granted' },
      claims: [
        { target: 'id_token', claim: 'gender', present: true },
        { target: 'userinfo', claim: 'gender', present: true },
      ],
    },
  },
  {
    id: 'case-sensitive-gender',
    title: 'The case-sensitive Gender mistake',
    teaches: 'Claim names are case-sensitive: Gender is not gender, and the provider ignores it silently.',
    expect: 'No gender arrives anywhere; the editor warns "did you mean gender?" before you start.',
    scope: 'openid',
    claims: { userinfo: { Gender: null }, id_token: { Gender: null } },
    allowedScopes: ['openid', 'email'],
    expected: {
      claims: [
        { target: 'id_token', claim: 'gender', present: false },
        { target: 'userinfo', claim: 'gender', present: false },
        { target: 'userinfo', claim: 'Gender', present: false },
      ],
    },
  },
  {
    id: 'consent-custom-claims',
    title: 'Consent custom claims (Hosted Login)',
    teaches: 'customClaims in the login policy map profile attributes to claims on every sign-in.',
    expect: 'consent_email_marketing, consent_ui_preferences and consent_personalized_ads appear in the id_token.',
    scope: 'openid email',
    allowedScopes: ['openid', 'email'],
    loginPolicy: CONSENT_CLAIMS_POLICY,
    expected: {
      claims: [
        { target: 'id_token', claim: 'consent_email_marketing', present: true },
        { target: 'id_token', claim: 'consent_ui_preferences', present: true },
        { target: 'id_token', claim: 'consent_personalized_ads', present: true },
      ],
    },
  },
  {
    id: 'next-identity-custom-scope',
    title: 'Next Identity custom scope with company_name',
    teaches: 'Under Next Identity a custom scope prefix:scope_name:suffix carries custom claims; the suffix is optional in the request.',
    expect: 'ad:user_custom is granted (it matches ad:user_custom:read) and company_name is in the id_token.',
    scope: 'openid email profile ad:user_custom',
    allowedScopes: ['openid', 'email', 'profile', 'ad:user_custom:read'],
    behaviour: 'next-identity',
    loginPolicy: DEFAULT_LOGIN_POLICY,
    expected: {
      scopes: { openid: 'granted', email: 'granted', profile: 'granted', 'ad:user_custom': 'granted' },
      claims: [
        { target: 'id_token', claim: 'company_name', present: true },
        { target: 'id_token', claim: 'email', present: true },
      ],
    },
  },
  {
    id: 'prompt-none-without-session',
    title: 'prompt=none without a session',
    teaches: 'prompt=none forbids the login page, so without a session the provider answers login_required.',
    expect: 'The flow ends with login_required and no tokens.',
    scope: 'openid email',
    prompt: 'none',
    allowedScopes: ALL,
    session: 'none',
    expected: { error: 'login_required' },
  },
  {
    id: 'prompt-none-with-session',
    title: 'prompt=none with a session',
    teaches: 'With a live SSO session, prompt=none signs in silently: no login page, same auth_time.',
    expect: 'The sign-in completes without showing the login page.',
    scope: 'openid email',
    prompt: 'none',
    allowedScopes: ALL,
    session: 'signed-in',
    expected: { scopes: { openid: 'granted', email: 'granted' } },
  },
];

export function findScenario(id: string | undefined): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}

/** What a prepared run sets over the defaults: a scenario's, or a lesson step's (which may add a user and max_age). */
export type PreparedSetup = Pick<Scenario, 'scope' | 'claims' | 'prompt' | 'allowedScopes' | 'behaviour' | 'loginPolicy' | 'disallowedScopes'> & {
  readonly maxAge?: string;
  readonly user?: UserProfile;
  /** RFC 9101: the request travels as a signed request object (ES256, a key made in the tab). */
  readonly requestObject?: Exclude<RequestObjectMode, 'off'>;
};

/**
 * The composed request a scenario (or a lesson step) loads: its request and mock settings over the
 * defaults. The deterministic-mode settings (clock, seed) of the current request are kept: they
 * describe how the person runs things, not the scenario.
 */
export function composeScenario(setup: PreparedSetup, keep: Pick<ComposedRequest['mock'], 'clock' | 'seed'> = { clock: '', seed: '' }): ComposedRequest {
  const request = withScopes(DEFAULT_REQUEST, splitScopes(setup.scope));
  return {
    ...request,
    claimsText: setup.claims === undefined ? '' : JSON.stringify(setup.claims, null, 2),
    prompt: setup.prompt ?? '',
    maxAge: setup.maxAge ?? '',
    mock: {
      ...DEFAULT_MOCK_SETTINGS,
      allowedScopes: setup.allowedScopes,
      behaviour: setup.behaviour ?? DEFAULT_MOCK_SETTINGS.behaviour,
      userText: setup.user ? JSON.stringify(setup.user, null, 2) : DEFAULT_MOCK_SETTINGS.userText,
      loginPolicyText: setup.loginPolicy ? JSON.stringify(setup.loginPolicy, null, 2) : DEFAULT_MOCK_SETTINGS.loginPolicyText,
      disallowedScopes: setup.disallowedScopes ?? 'drop',
      clock: keep.clock,
      seed: keep.seed,
    },
    ...(setup.requestObject ? { protocols: { ...DEFAULT_PROTOCOL_CHOICES, requestObject: { mode: setup.requestObject, alg: 'ES256' } } } : {}),
  };
}
