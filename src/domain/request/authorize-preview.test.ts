import { describe, expect, it } from 'vitest';
import { authorizeParameters } from './authorize-preview';
import { compactJson } from '../text/json-values';
import { DEFAULT_REQUEST } from './composed-request';

describe('authorizeParameters', () => {
  it('lists the code + PKCE request in the order sent, marking what is made at launch', () => {
    const parameters = authorizeParameters(DEFAULT_REQUEST, 'https://app.test/callback');

    expect(parameters.map((p) => p.name)).toEqual([
      'client_id',
      'redirect_uri',
      'response_type',
      'scope',
      'state',
      'code_challenge',
      'code_challenge_method',
      'nonce',
    ]);
    expect(parameters.find((p) => p.name === 'scope')?.value).toBe('openid profile email');
    expect(parameters.filter((p) => p.generatedAtLaunch).map((p) => p.name)).toEqual(['state', 'code_challenge', 'nonce']);
  });

  it('adds optional parameters only when they have a value, trimmed, and claims as compact JSON', () => {
    const request = { ...DEFAULT_REQUEST, prompt: ' login ', maxAge: '', claimsText: '{\n  "userinfo": {"gender": null}\n}' };

    const parameters = authorizeParameters(request, 'https://app.test/callback');

    expect(parameters.slice(8)).toEqual([
      { name: 'prompt', value: 'login' },
      { name: 'claims', value: '{"userinfo":{"gender":null}}' },
    ]);
  });

  it('says state and nonce are seeded when deterministic mode has a seed, random otherwise', () => {
    const seeded = authorizeParameters({ ...DEFAULT_REQUEST, mock: { ...DEFAULT_REQUEST.mock, seed: 'demo' } }, 'https://app.test/callback');
    const random = authorizeParameters(DEFAULT_REQUEST, 'https://app.test/callback');

    expect(seeded.find((p) => p.name === 'state')?.value).toBe('(seeded from "demo", made at launch)');
    expect(seeded.find((p) => p.name === 'nonce')?.value).toContain('seeded');
    expect(random.find((p) => p.name === 'state')?.value).toBe('(random, made at launch)');
  });

  it('leaves out claims text that is not JSON', () => {
    const parameters = authorizeParameters({ ...DEFAULT_REQUEST, claimsText: '{"userinfo":' }, 'https://app.test/callback');

    expect(parameters.some((p) => p.name === 'claims')).toBe(false);
  });
});

describe('compactJson', () => {
  it('gives undefined for blank text', () => {
    expect(compactJson('  ')).toBeUndefined();
  });
});
