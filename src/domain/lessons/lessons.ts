import { TRACKS, type Lesson, type TrackId } from './lesson';

// Each lesson is one file in ./path, named `<nn>-<slug>.ts` and exporting `LESSON`: adding one is
// that file, its line here and its case in mocks/lessons.test.ts, which runs it through the mock
// (and fails when a file in ./path is missing from this list).
import { LESSON as L01ScopeVsClaim } from './path/01-scope-vs-claim';
import { LESSON as L02WhatOpenidChanges } from './path/02-what-openid-changes';
import { LESSON as L03StandardScopes } from './path/03-standard-scopes';
import { LESSON as L04UnknownScopes } from './path/04-unknown-scopes';
import { LESSON as L05HostedLoginPlacement } from './path/05-hosted-login-placement';
import { LESSON as L06OidcCorePlacement } from './path/06-oidc-core-placement';
import { LESSON as L07ClaimsParameter } from './path/07-claims-parameter';
import { LESSON as L08ClaimNamesAreCaseSensitive } from './path/08-claim-names-are-case-sensitive';
import { LESSON as L09Essential } from './path/09-essential';
import { LESSON as L10ValueAndValues } from './path/10-value-and-values';
import { LESSON as L11TokenPolicyDrops } from './path/11-token-policy-drops';
import { LESSON as L12TokenPolicyRejects } from './path/12-token-policy-rejects';
import { LESSON as L13CustomClaims } from './path/13-custom-claims';
import { LESSON as L14CustomScopes } from './path/14-custom-scopes';
import { LESSON as L15UserLacksAnAttribute } from './path/15-user-lacks-an-attribute';
import { LESSON as L16SingleSignOnAndPromptNone } from './path/16-single-sign-on-and-prompt-none';
import { LESSON as L17MaxAge } from './path/17-max-age';
import { LESSON as L18PromptLogin } from './path/18-prompt-login';
import { LESSON as L19OfflineAccess } from './path/19-offline-access';
import { LESSON as L20RefreshTokensByProvider } from './path/20-refresh-tokens-by-provider';
import { LESSON as L21AccessDenied } from './path/21-access-denied';
import { LESSON as L22ReadingDiscovery } from './path/22-reading-discovery';
import { LESSON as L23RequestObjects } from './path/23-request-objects';
import { LESSON as L24PushedRequestsRequired } from './path/24-pushed-requests-required';
import { LESSON as L25ClientCredentials } from './path/25-client-credentials';
import { LESSON as L26ResponseInTheFragment } from './path/26-response-in-the-fragment';
import { LESSON as L27JwtAccessTokens } from './path/27-jwt-access-tokens';
import { LESSON as L28Dpop } from './path/28-dpop';
import { LESSON as L29IssOnErrorResponses } from './path/29-iss-on-error-responses';


/** The path, in order. */
export const LESSONS: readonly Lesson[] = [
  L01ScopeVsClaim,
  L02WhatOpenidChanges,
  L03StandardScopes,
  L04UnknownScopes,
  L05HostedLoginPlacement,
  L06OidcCorePlacement,
  L07ClaimsParameter,
  L08ClaimNamesAreCaseSensitive,
  L09Essential,
  L10ValueAndValues,
  L11TokenPolicyDrops,
  L12TokenPolicyRejects,
  L13CustomClaims,
  L14CustomScopes,
  L15UserLacksAnAttribute,
  L16SingleSignOnAndPromptNone,
  L17MaxAge,
  L18PromptLogin,
  L19OfflineAccess,
  L20RefreshTokensByProvider,
  L21AccessDenied,
  L22ReadingDiscovery,
  L23RequestObjects,
  L24PushedRequestsRequired,
  L25ClientCredentials,
  L26ResponseInTheFragment,
  L27JwtAccessTokens,
  L28Dpop,
  L29IssOnErrorResponses,
];

export function findLesson(id: string | null | undefined): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

/** The lesson after this one on the path, if any. */
export function nextLesson(id: string): Lesson | undefined {
  const index = LESSONS.findIndex((lesson) => lesson.id === id);
  return index < 0 ? undefined : LESSONS[index + 1];
}

/** The path grouped by track, tracks in their table order, lessons in path order. */
export function lessonsByTrack(lessons: readonly Lesson[] = LESSONS): Array<{ track: TrackId; title: string; lessons: Lesson[] }> {
  return (Object.keys(TRACKS) as TrackId[])
    .map((track) => ({ track, title: TRACKS[track], lessons: lessons.filter((lesson) => lesson.track === track) }))
    .filter((group) => group.lessons.length > 0);
}
