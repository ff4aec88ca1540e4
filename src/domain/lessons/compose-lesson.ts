import { DEFAULT_MOCK_SETTINGS, DEFAULT_REQUEST, withScopes, type ComposedRequest } from '../request/composed-request';
import { splitScopes } from '../scopes-and-claims/scope-list';
import type { LessonSetup } from './lesson';

/**
 * The composed request a lesson step runs: its request and mock settings over the defaults. The
 * deterministic-mode settings (clock, seed) of the current request are kept: they describe how
 * the person runs things, not the lesson.
 */
export function composeLesson(setup: LessonSetup, keep: Pick<ComposedRequest['mock'], 'clock' | 'seed'> = { clock: '', seed: '' }): ComposedRequest {
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
  };
}
