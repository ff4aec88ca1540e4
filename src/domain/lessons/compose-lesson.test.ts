import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_SETTINGS, requestedScopes } from '../request/composed-request';
import { composeLesson } from './compose-lesson';
import { describeLessonSetup } from './describe-lesson-setup';
import { lessonPath } from './lesson-path';
import { LESSONS, lessonsByTrack, nextLesson } from './lessons';

describe('composeLesson', () => {
  it('puts the step’s request and mock settings over the defaults, keeping the deterministic settings', () => {
    const request = composeLesson(
      { scope: 'openid bob', allowedScopes: ['openid'], prompt: 'none', maxAge: '0', behaviour: 'oidc-core', claims: { id_token: { email: null } } },
      { clock: '2026-01-15T09:30:00Z', seed: 'demo' },
    );
    expect(requestedScopes(request)).toEqual(['openid', 'bob']);
    expect(request).toMatchObject({ prompt: 'none', maxAge: '0', claimsText: JSON.stringify({ id_token: { email: null } }, null, 2) });
    expect(request.mock).toMatchObject({ allowedScopes: ['openid'], behaviour: 'oidc-core', clock: '2026-01-15T09:30:00Z', seed: 'demo' });
    expect(request.mock.userText).toBe(DEFAULT_MOCK_SETTINGS.userText);
  });

  it('describes a step in the scenario cards’ words, max_age and a changed user included', () => {
    const settings = describeLessonSetup({ scope: 'openid', allowedScopes: ['openid'], maxAge: '0', user: { uuid: 'u', email: 'a@b.c' } });
    expect(settings).toContainEqual({ name: 'max_age', value: '0' });
    expect(settings).toContainEqual({ name: 'user', value: 'attributes email' });
  });
});

describe('the path', () => {
  it('numbers lessons in order with unique ids, each in a track, and gives each a stable URL', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(20);
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSONS.map((l) => l.id)].sort());
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(lessonsByTrack().flatMap((group) => group.lessons)).toHaveLength(LESSONS.length);
    expect(lessonPath('01-scope-vs-claim')).toBe('/learn?lesson=01-scope-vs-claim');
    expect(nextLesson(LESSONS[0]!.id)).toBe(LESSONS[1]);
    expect(nextLesson(LESSONS.at(-1)!.id)).toBeUndefined();
  });
});
