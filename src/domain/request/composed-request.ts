import { DEFAULT_PROTOCOL_CHOICES, reviveProtocolChoices, type ProtocolChoices } from '../protocols/protocol-choices';
import { DEFAULT_MOCK_PROTOCOL_SETTINGS, reviveMockProtocolSettings, type MockProtocolSettings } from '../protocols/mock-protocol-settings';
import { EMPTY_OPTIONAL_AUTHORIZE_VALUES, OPTIONAL_AUTHORIZE_FIELDS, type OptionalAuthorizeValues } from './authorize-parameters';
import { DEFAULT_BEHAVIOUR_PROFILE, isBehaviourProfile, type BehaviourProfile } from '../mock/behaviour-profile';
import { STANDARD_SCOPES, isStandardScope, type StandardScope } from '../scopes-and-claims/catalogue';
import { splitScopes } from '../scopes-and-claims/scope-list';
import { DEFAULT_LOGIN_POLICY } from '../mock/login-policy';
import { SEED_USER } from '../mock/user-profile';
import { EMPTY_BRANDING, reviveBranding, type MockBranding } from '../mock/branding';
import { isClientAuthenticationChoice, type ClientAuthenticationChoice } from '../provider/client-authentication';

export const MOCK_ISSUER = 'mock';
export const DEFAULT_CLIENT_ID = 'playground';

/** What the provider does with a known scope its token policy does not allow. */
export type DisallowedScopeHandling = 'drop' | 'reject';

/** The mock provider's settings: part of what a person composes, so the explanation knows the policy. */
export interface MockSettings {
  readonly allowedScopes: readonly string[];
  readonly behaviour: BehaviourProfile;
  /** The user profile as typed (JSON), so an invalid edit is never lost. */
  readonly userText: string;
  /** The login policy (customClaims, customScopes) as typed (JSON). */
  readonly loginPolicyText: string;
  readonly disallowedScopes: DisallowedScopeHandling;
  /** Deterministic mode: an ISO time the mock uses as "now" (empty: the real clock). */
  readonly clock: string;
  /** Deterministic mode: a seed for the mock's keys, codes and tokens (empty: random). */
  readonly seed: string;
  /** How the mock's pages look (src/domain/mock/branding.ts); empty fields: the profile's neutral look. */
  readonly branding: MockBranding;
  /** What the mock requires or issues (require PAR, JWT access tokens); absent in settings stored before them: all off. */
  readonly protocols?: MockProtocolSettings;
}

/** Everything a person composes before launching. Holds no token, code, verifier or secret. */
export interface ComposedRequest extends OptionalAuthorizeValues {
  readonly issuer: string;
  readonly clientId: string;
  readonly standardScopes: readonly StandardScope[];
  /** Free text for custom or unknown scopes, as typed. */
  readonly customScopes: string;
  /** The `claims` request JSON, as typed. */
  readonly claimsText: string;
  /** Any other authorize parameters, one `name=value` per line, as typed. */
  readonly customParams: string;
  /** Real providers: how the client authenticates at the token endpoint (`auto`: from discovery). */
  readonly clientAuthentication: ClientAuthenticationChoice;
  /**
   * Real providers: the client is confidential, so a secret was typed. The secret itself is never
   * here; it lives in src/state/client-secret-store.ts, in memory only. This flag is what lets the
   * page say, after a reload, that the secret is gone.
   */
  readonly confidential: boolean;
  readonly mock: MockSettings;
  /** Protocol switches (PAR, …); absent in requests stored before them, which means all off. */
  readonly protocols?: ProtocolChoices;
}

export const DEFAULT_MOCK_SETTINGS: MockSettings = {
  // Like the reference's token policy, it leaves `address` out, so asking for it teaches the lesson.
  allowedScopes: ['openid', 'profile', 'email', 'phone', 'offline_access'],
  behaviour: DEFAULT_BEHAVIOUR_PROFILE,
  userText: JSON.stringify(SEED_USER, null, 2),
  loginPolicyText: JSON.stringify(DEFAULT_LOGIN_POLICY, null, 2),
  disallowedScopes: 'drop',
  clock: '',
  seed: '',
  branding: EMPTY_BRANDING,
  protocols: DEFAULT_MOCK_PROTOCOL_SETTINGS,
};

export const DEFAULT_REQUEST: ComposedRequest = {
  issuer: MOCK_ISSUER,
  clientId: DEFAULT_CLIENT_ID,
  standardScopes: ['openid', 'profile', 'email'],
  customScopes: '',
  claimsText: '',
  ...EMPTY_OPTIONAL_AUTHORIZE_VALUES,
  customParams: '',
  clientAuthentication: 'auto',
  confidential: false,
  protocols: DEFAULT_PROTOCOL_CHOICES,
  mock: DEFAULT_MOCK_SETTINGS,
};

export function isMockIssuer(issuer: string): boolean {
  return issuer === '' || issuer === MOCK_ISSUER;
}

/** The scope list sent: standard scopes in catalogue order, then the free-text ones. */
export function requestedScopes(request: ComposedRequest): string[] {
  const standard = STANDARD_SCOPES.filter((scope) => request.standardScopes.includes(scope));
  const custom = splitScopes(request.customScopes).filter((scope) => !standard.includes(scope as StandardScope));
  return [...standard, ...custom];
}

/** Splits a scope list into toggles and free text, the way the compose screen shows it. */
export function withScopes(request: ComposedRequest, scopes: readonly string[]): ComposedRequest {
  return {
    ...request,
    standardScopes: scopes.filter(isStandardScope),
    customScopes: scopes.filter((scope) => !isStandardScope(scope)).join(' '),
  };
}

/** Reads an unknown stored value back into a request, falling back field by field to defaults. */
export function reviveComposedRequest(value: unknown): ComposedRequest {
  if (typeof value !== 'object' || value === null) return DEFAULT_REQUEST;
  const stored = value as Partial<Record<keyof ComposedRequest, unknown>>;
  const text = (key: keyof ComposedRequest): string =>
    typeof stored[key] === 'string' ? (stored[key]) : (DEFAULT_REQUEST[key] as string);
  const mock = (typeof stored.mock === 'object' && stored.mock !== null ? stored.mock : {}) as Partial<Record<keyof MockSettings, unknown>>;
  return {
    issuer: text('issuer'),
    clientId: text('clientId'),
    standardScopes: Array.isArray(stored.standardScopes)
      ? stored.standardScopes.filter((s): s is StandardScope => typeof s === 'string' && isStandardScope(s))
      : DEFAULT_REQUEST.standardScopes,
    customScopes: text('customScopes'),
    claimsText: text('claimsText'),
    ...(Object.fromEntries(OPTIONAL_AUTHORIZE_FIELDS.map(({ field }) => [field, text(field)])) as OptionalAuthorizeValues),
    customParams: text('customParams'),
    clientAuthentication: isClientAuthenticationChoice(stored.clientAuthentication) ? stored.clientAuthentication : DEFAULT_REQUEST.clientAuthentication,
    confidential: stored.confidential === true,
    protocols: reviveProtocolChoices(stored.protocols),
    mock: {
      allowedScopes: Array.isArray(mock.allowedScopes)
        ? mock.allowedScopes.filter((s): s is string => typeof s === 'string')
        : DEFAULT_MOCK_SETTINGS.allowedScopes,
      behaviour: typeof mock.behaviour === 'string' && isBehaviourProfile(mock.behaviour) ? mock.behaviour : DEFAULT_MOCK_SETTINGS.behaviour,
      userText: typeof mock.userText === 'string' ? mock.userText : DEFAULT_MOCK_SETTINGS.userText,
      loginPolicyText: typeof mock.loginPolicyText === 'string' ? mock.loginPolicyText : DEFAULT_MOCK_SETTINGS.loginPolicyText,
      disallowedScopes: mock.disallowedScopes === 'reject' ? 'reject' : 'drop',
      clock: typeof mock.clock === 'string' ? mock.clock : '',
      seed: typeof mock.seed === 'string' ? mock.seed : '',
      branding: reviveBranding(mock.branding),
      protocols: reviveMockProtocolSettings(mock.protocols),
    },
  };
}
