import type { BehaviourProfile } from '../mock/behaviour-profile';
import type { DisallowedScopeHandling } from '../request/composed-request';
import type { LoginPolicy } from '../mock/login-policy';
import type { UserProfile } from '../mock/user-profile';
import type { ClaimTarget } from '../scopes-and-claims/parse-claims-request';
import type { RequestObjectMode } from '../protocols/request-object-choice';
import type { ProtocolChoices } from '../protocols/protocol-choices';
import type { MockProtocolSettings } from '../protocols/mock-protocol-settings';

/** The tracks of the path, in the order a learner meets them. */
export const TRACKS = {
  basics: 'Scopes and claims',
  placement: 'Where claims land',
  'claims-parameter': 'The claims parameter',
  policy: 'Token policy and custom claims',
  sessions: 'Sessions, prompt and refresh tokens',
  failures: 'What goes wrong, and reading a provider',
  protocols: 'Advanced: how requests and tokens travel',
} as const;

export type TrackId = keyof typeof TRACKS;

/** A link a concept text cites: a spec section or a page of the playground. */
export interface ConceptLink {
  readonly label: string;
  readonly href: string;
}

/**
 * What a lesson step runs: a request and the mock's settings, over the defaults. The same
 * vocabulary as a scenario, plus the few settings a lesson also needs to change.
 */
export interface LessonSetup {
  readonly scope: string;
  readonly claims?: unknown;
  readonly prompt?: string;
  readonly maxAge?: string;
  readonly allowedScopes: readonly string[];
  readonly behaviour?: BehaviourProfile;
  readonly loginPolicy?: LoginPolicy;
  /** The mock's user, when the lesson needs one that differs from the seed user. */
  readonly user?: UserProfile;
  readonly disallowedScopes?: DisallowedScopeHandling;
  /** The provider session the step needs before it starts. */
  readonly session?: 'none' | 'signed-in';
  /** RFC 9101: send the request as a signed request object (by value, or by reference through PAR). */
  readonly requestObject?: Exclude<RequestObjectMode, 'off'>;
  /** Protocol switches turned on for the step (PAR, client credentials, …); the rest stay off. */
  readonly protocols?: Partial<ProtocolChoices>;
  /** The mock's protocol settings for the step (require PAR, JWT access tokens). */
  readonly mockProtocols?: Partial<MockProtocolSettings>;
}

/**
 * One question a learner answers before the run. It holds no answer: the answer is computed from
 * the run's own verdicts (grade-predictions.ts), the ones the results screen shows.
 */
export type Prediction =
  /** Does this claim arrive in this place? */
  | { readonly kind: 'claim'; readonly claim: string; readonly target: ClaimTarget }
  /** Is this requested scope granted? */
  | { readonly kind: 'scope'; readonly scope: string }
  /** Which error, if any, ends the flow? (`none` is always offered.) */
  | { readonly kind: 'error'; readonly choices: readonly string[] }
  /** Does the token response carry a refresh token? */
  | { readonly kind: 'refresh-token' }
  /** Does the provider's discovery document list this value in this member? */
  | { readonly kind: 'discovery'; readonly member: 'scopes_supported' | 'claims_supported' | 'prompt_values_supported'; readonly value: string }
  /** Where did the authorization response arrive: in the redirect URI's query, or after `#`? */
  | { readonly kind: 'response-location' }
  /** Does the authorization response name the issuer that sent it (RFC 9207 `iss`)? */
  | { readonly kind: 'callback-iss' }
  /** What can the client read in the access token it got? */
  | { readonly kind: 'access-token'; readonly says: AccessTokenStatement }
  /** Which token_type does the token response name? */
  | { readonly kind: 'token-type' }
  /** Is the token request sent twice, the second time with the provider's DPoP nonce (RFC 9449 §8)? */
  | { readonly kind: 'dpop-nonce-retry' };

/**
 * What an access-token prediction asks (RFC 9068 §2.2, RFC 9449 §6.1): is it a JWT at all, does it
 * carry the granted scopes, is its audience this client, is it bound to a DPoP key.
 */
export type AccessTokenStatement = 'is-jwt' | 'scope' | 'aud-is-client' | 'cnf-jkt';

/** A step of a lesson: what runs, and what the learner predicts about it. */
export interface LessonStep {
  readonly setup: LessonSetup;
  readonly predictions: readonly Prediction[];
}

/** The "now change one thing" step: one sentence on what changed, then a second prediction. */
export interface FollowUpStep extends LessonStep {
  readonly change: string;
}

/** One lesson of the path: data only, one file each in lessons/path/. */
export interface Lesson {
  /** `<nn>-<slug>`: the file name, the URL and the order on the path. */
  readonly id: string;
  readonly track: TrackId;
  readonly title: string;
  /** One sentence: what the learner will be able to say afterwards. */
  readonly goal: string;
  /** A few short paragraphs that fit one laptop screen. */
  readonly concept: readonly string[];
  readonly links: readonly ConceptLink[];
  /** Scenario ids (scenarios.ts) the lesson builds on, for free exploration afterwards. */
  readonly scenarios: readonly string[];
  readonly first: LessonStep;
  readonly followUp: FollowUpStep;
}

export type StepName = 'first' | 'followUp';
