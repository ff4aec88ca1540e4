import { describe, expect, it } from 'vitest';
import {
  WITHHELD_BASIC_CREDENTIAL,
  WITHHELD_CLIENT_SECRET,
  withholdClientCredentials,
  maskBody, maskHeader, maskJson, maskParameters, maskUrl, maskValue } from './mask-secrets';

describe('maskJson', () => {
  it('masks tokens in a token response and keeps the other members', () => {
    const masked = maskJson({ access_token: '9k30ui34ksh163m8', token_type: 'Bearer', expires_in: 3600, id_token: 'eyJhbGciOi.eyJzdWIi.c2ln' });
    expect(masked).toEqual({ access_token: '9k30ui…(16 chars)', token_type: 'Bearer', expires_in: 3600, id_token: 'eyJhbG…(24 chars)' });
  });

  it('masks secret members at any depth and inside arrays', () => {
    const masked = maskJson({ outer: { inner: [{ refresh_token: 'abcdefghijklmnopqrst' }] } });
    expect(JSON.stringify(masked)).not.toContain('abcdefghijklmnopqrst');
  });

  it('is not fooled by escaped quotes inside a token value', () => {
    const token = 'abc\\"def"ghi-secret-part';
    const text = JSON.stringify({ access_token: token, note: 'x' });
    const masked = maskBody(text, { masked: true });
    expect(masked).not.toContain('secret-part');
    expect(masked).toContain('"note": "x"');
  });

  it('does not walk a value nested 100,000 levels deep', () => {
    let value: unknown = { access_token: 'abcdefghijklmnop' };
    for (let i = 0; i < 100_000; i++) value = { a: value };
    expect(maskJson(value)).toMatch(/not shown/);
  });
});

describe('maskBody', () => {
  it('pretty-prints JSON, masked or revealed', () => {
    const text = '{"access_token":"9k30ui34ksh163m8"}';
    expect(maskBody(text, { masked: true })).toBe('{\n  "access_token": "9k30ui…(16 chars)"\n}');
    expect(maskBody(text, { masked: false })).toContain('9k30ui34ksh163m8');
  });

  it('masks code and code_verifier in a form body, leaving the rest as sent', () => {
    const masked = maskBody('grant_type=authorization_code&code=abcdefghijklmn&code_verifier=0123456789abcdef0123&client_id=playground', { masked: true });
    expect(masked).toBe('grant_type=authorization_code&code=abcdef…(14 chars)&code_verifier=012345…(20 chars)&client_id=playground');
  });

  it('refuses to pretty-print a body nested too deep', () => {
    expect(maskBody('['.repeat(100_000) + ']'.repeat(100_000), { masked: false })).toMatch(/not shown/);
  });

  it('shows other text as it came', () => {
    expect(maskBody('<html>oops</html>', { masked: true })).toBe('<html>oops</html>');
  });
});

describe('maskUrl and maskParameters', () => {
  it('masks a callback URL’s code but not its state', () => {
    expect(maskUrl('http://127.0.0.1/callback?code=abcdefghijklmn&state=xyz')).toBe('http://127.0.0.1/callback?code=abcdef…(14 chars)&state=xyz');
  });

  it('masks secrets in a fragment and percent-encoded names', () => {
    expect(maskUrl('https://app/cb#id%5Ftoken=eyJhbGciOiJSUzI1NiJ9&x=1')).toBe('https://app/cb#id%5Ftoken=eyJhbG…(20 chars)&x=1');
  });

  it('leaves a URL without parameters alone', () => {
    expect(maskUrl('https://op.example/jwks')).toBe('https://op.example/jwks');
    expect(maskParameters('scope=openid')).toBe('scope=openid');
  });
});

describe('client credentials', () => {
  it('masks a client_secret whole, in a form body and in JSON', () => {
    expect(maskParameters('grant_type=authorization_code&client_id=app&client_secret=s3cr3t-long-enough')).toBe(
      'grant_type=authorization_code&client_id=app&client_secret=••••',
    );
    expect(maskJson({ client_secret: 's3cr3t-long-enough' })).toEqual({ client_secret: '••••' });
  });
  it('withholds the Basic credential and the client_secret parameter from a recorded request, leaving the rest as sent', () => {
    const sent = {
      method: 'POST',
      requestHeaders: { authorization: 'Basic YXBwOnMzY3IzdA==', 'content-type': 'application/x-www-form-urlencoded' },
      requestBody: 'grant_type=refresh_token&refresh_token=rt&client_id=app&client_secret=s3cr3t',
    };
    const recorded = withholdClientCredentials(sent);
    expect(recorded.requestHeaders).toEqual({ authorization: `Basic ${WITHHELD_BASIC_CREDENTIAL}`, 'content-type': 'application/x-www-form-urlencoded' });
    expect(recorded.requestBody).toBe(`grant_type=refresh_token&refresh_token=rt&client_id=app&client_secret=${WITHHELD_CLIENT_SECRET}`);
    expect(JSON.stringify(recorded)).not.toContain('s3cr3t');
    expect(JSON.stringify(recorded)).not.toContain('YXBwOnMzY3IzdA');
  });
  it('leaves a Bearer header and a JSON body alone', () => {
    const sent = { requestHeaders: { Authorization: 'Bearer at' }, requestBody: '{"client_secret":"x"}' };
    expect(withholdClientCredentials(sent)).toEqual(sent);
  });
});

describe('maskHeader', () => {
  it('masks Bearer and Basic credentials, and nothing else', () => {
    expect(maskHeader('Authorization', 'Bearer rb5bzkygqs5ahevp')).toBe('Bearer rb5bzk…(16 chars)');
    expect(maskHeader('authorization', 'Basic cGxheWdyb3VuZDpzZWNyZXQ=')).toBe('Basic ••••');
    expect(maskHeader('content-type', 'application/json')).toBe('application/json');
  });
});

it('hides short values completely', () => {
  expect(maskValue('abc')).toBe('••••');
});
