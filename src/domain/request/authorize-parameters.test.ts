import { describe, expect, it } from 'vitest';
import { OPTIONAL_AUTHORIZE_FIELDS, PLAYGROUND_OWNED_PARAMETERS, optionalAuthorizeValues } from './authorize-parameters';
import { DEFAULT_REQUEST } from './composed-request';

describe('optionalAuthorizeValues', () => {
  it('sends the filled fields, trimmed, under their parameter names, in table order', () => {
    const request = { ...DEFAULT_REQUEST, acrValues: ' urn:mace:incommon:iap:silver ', prompt: 'login', maxAge: '0' };
    expect(optionalAuthorizeValues(request)).toEqual([
      ['prompt', 'login'],
      ['max_age', '0'],
      ['acr_values', 'urn:mace:incommon:iap:silver'],
    ]);
  });

  it('sends nothing for blank fields', () => {
    expect(optionalAuthorizeValues({ ...DEFAULT_REQUEST, loginHint: '   ' })).toEqual([]);
  });
});

describe('PLAYGROUND_OWNED_PARAMETERS', () => {
  it('owns every optional field’s parameter, pointing at its field', () => {
    for (const { parameter } of OPTIONAL_AUTHORIZE_FIELDS) expect(PLAYGROUND_OWNED_PARAMETERS[parameter]).toEqual({ setBy: 'field', place: `the ${parameter} field` });
  });

  it('makes state, nonce and the PKCE challenge at launch', () => {
    for (const name of ['state', 'nonce', 'code_challenge', 'code_challenge_method']) expect(PLAYGROUND_OWNED_PARAMETERS[name]).toEqual({ setBy: 'launch' });
  });
});
