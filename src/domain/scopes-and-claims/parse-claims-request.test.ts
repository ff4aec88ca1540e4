import { describe, expect, it } from 'vitest';
import { parseClaimsRequest, requestedClaimNames, type ClaimsRequestParse } from './parse-claims-request';

function expectValid(parse: ClaimsRequestParse) {
  if (parse.outcome !== 'valid') throw new Error(`expected a valid claims request, got ${JSON.stringify(parse)}`);
  return parse;
}

function expectInvalid(parse: ClaimsRequestParse) {
  if (parse.outcome !== 'invalid') throw new Error(`expected an invalid claims request, got ${JSON.stringify(parse)}`);
  return parse.error;
}

describe('parseClaimsRequest: good input', () => {
  it('treats blank text as no claims request at all', () => {
    const parse = parseClaimsRequest('  \n\t ');

    expect(parse).toEqual({ outcome: 'empty' });
  });

  it('accepts the reference example with null members under both targets', () => {
    const text = '{"userinfo":{"gender":null},"id_token":{"gender":null}}';

    const parse = expectValid(parseClaimsRequest(text));

    expect(parse.request).toEqual({ userinfo: { gender: null }, id_token: { gender: null } });
    expect(parse.warnings).toEqual([]);
  });

  it('keeps essential, value and values as written', () => {
    const text = JSON.stringify({
      id_token: { email: { essential: true }, acr: { values: ['urn:mace:incommon:iap:silver', 'loa-2'] } },
      userinfo: { phone_number: { value: '+1 503 555 0142', essential: false } },
    });

    const parse = expectValid(parseClaimsRequest(text));

    expect(parse.request.id_token).toEqual({
      email: { essential: true },
      acr: { values: ['urn:mace:incommon:iap:silver', 'loa-2'] },
    });
    expect(parse.request.userinfo).toEqual({ phone_number: { value: '+1 503 555 0142', essential: false } });
    expect(parse.warnings).toEqual([]);
  });

  it('accepts an empty object as a request for nothing', () => {
    const parse = expectValid(parseClaimsRequest('{}'));

    expect(parse.request).toEqual({});
  });

  it('accepts custom claim names the provider declares without a warning', () => {
    const parse = expectValid(parseClaimsRequest('{"id_token":{"organization":null}}', { extraKnownClaims: ['organization'] }));

    expect(parse.warnings).toEqual([]);
    expect(parse.request.id_token).toEqual({ organization: null });
  });
});

describe('parseClaimsRequest: bad input', () => {
  it('points a syntax error at the line and column where the JSON breaks', () => {
    // The trailing comma makes the "}" on line 4, column 3 the first bad character.
    const text = '{\n  "userinfo": {\n    "email": null,\n  }\n}';

    const error = expectInvalid(parseClaimsRequest(text));

    expect(error.message).toMatch(/^Not valid JSON: /);
    expect(error.at).toMatchObject({ line: 4, column: 3 });
  });

  it('points at an unexpected token rather than the end of the text', () => {
    // The value of "email" is missing: the "}" on line 2, column 25 is where it breaks.
    const text = '{\n  "userinfo": {"email": },\n  "id_token": {"gender": null}\n}';

    const error = expectInvalid(parseClaimsRequest(text));

    expect(error.at).toMatchObject({ line: 2, column: 25 });
    expect(error.message).not.toContain('is not valid JSON');
  });

  it('points at the end when the text stops in the middle', () => {
    const text = '{"userinfo": {"email": null}';

    const error = expectInvalid(parseClaimsRequest(text));

    expect(error.at).toMatchObject({ line: 1, column: text.length + 1 });
  });

  it('rejects a top level that is not an object', () => {
    const error = expectInvalid(parseClaimsRequest('["userinfo", "id_token"]'));

    expect(error.message).toContain('must be a JSON object');
    expect(error.at).toMatchObject({ line: 1, column: 1 });
  });

  it('rejects a target that is not an object of claim names', () => {
    const error = expectInvalid(parseClaimsRequest('{\n  "userinfo": ["email"]\n}'));

    expect(error.message).toContain('"userinfo" must be an object of claim names');
    expect(error.at).toMatchObject({ line: 2, column: 3 });
  });

  it('rejects a claim that is neither null nor an object', () => {
    const error = expectInvalid(parseClaimsRequest('{"id_token": {"email": true}}'));

    expect(error.message).toContain('"id_token.email" must be null or an object');
  });

  it('rejects an essential that is not a boolean and points at it', () => {
    const text = '{"userinfo": {"email": {"essential": "yes"}}}';

    const error = expectInvalid(parseClaimsRequest(text));

    expect(error.message).toBe('"userinfo.email.essential" must be true or false.');
    expect(error.at).toMatchObject({ line: 1, column: 25 });
  });

  it('rejects values that are not an array', () => {
    const error = expectInvalid(parseClaimsRequest('{"id_token": {"acr": {"values": "loa-2"}}}'));

    expect(error.message).toBe('"id_token.acr.values" must be an array of acceptable values.');
  });
});

describe('parseClaimsRequest: warnings', () => {
  it('warns about a top-level member other than userinfo and id_token and leaves it out', () => {
    const text = '{\n  "userinfo": {"email": null},\n  "access_token": {"email": null}\n}';

    const parse = expectValid(parseClaimsRequest(text));

    expect(parse.request).toEqual({ userinfo: { email: null } });
    expect(parse.warnings).toHaveLength(1);
    expect(parse.warnings[0]?.message).toContain('"access_token" is not a member of a claims request');
    expect(parse.warnings[0]?.at).toMatchObject({ line: 3, column: 3 });
  });

  it('suggests "gender" for "Gender", because claim names are case-sensitive', () => {
    const parse = expectValid(parseClaimsRequest('{"userinfo": {"Gender": null}}'));

    expect(parse.warnings).toHaveLength(1);
    expect(parse.warnings[0]?.message).toContain('"Gender" is not a claim this provider knows');
    expect(parse.warnings[0]?.message).toContain('Did you mean "gender"?');
  });

  it('still passes an unknown claim on, as the provider is the one to ignore it', () => {
    const parse = expectValid(parseClaimsRequest('{"userinfo": {"Gender": null}}'));

    expect(parse.request.userinfo).toEqual({ Gender: null });
  });

  it('offers no suggestion for a name nothing resembles', () => {
    const parse = expectValid(parseClaimsRequest('{"userinfo": {"shoe_size": null}}'));

    expect(parse.warnings).toHaveLength(1);
    expect(parse.warnings[0]?.message).not.toContain('Did you mean');
  });

  it('warns when a claim has both value and values', () => {
    const parse = expectValid(parseClaimsRequest('{"id_token": {"acr": {"value": "a", "values": ["a", "b"]}}}'));

    expect(parse.warnings.map((w) => w.message)).toEqual(['"id_token.acr" has both "value" and "values"; ask for one.']);
  });
});

describe('requestedClaimNames', () => {
  it('lists the names under one target in the order written', () => {
    const parse = expectValid(parseClaimsRequest('{"userinfo": {"phone_number": null, "email": null}, "id_token": {"gender": null}}'));

    expect(requestedClaimNames(parse.request, 'userinfo')).toEqual(['phone_number', 'email']);
    expect(requestedClaimNames(parse.request, 'id_token')).toEqual(['gender']);
  });

  it('lists nothing when there is no request', () => {
    expect(requestedClaimNames(undefined, 'id_token')).toEqual([]);
  });
});
