import { describe, expect, it } from 'vitest';
import { parseCustomParameters } from './custom-parameters';

describe('parseCustomParameters', () => {
  it('reads name=value lines, skipping blank ones', () => {
    expect(parseCustomParameters('audience=https://api.example\n\nresource = urn:x ')).toEqual({
      outcome: 'valid',
      parameters: [['audience', 'https://api.example'], ['resource', 'urn:x']],
    });
  });

  it('keeps an = inside the value', () => {
    expect(parseCustomParameters('login_context=a=b')).toEqual({ outcome: 'valid', parameters: [['login_context', 'a=b']] });
  });

  it('lets resource repeat, one per target service (RFC 8707)', () => {
    expect(parseCustomParameters('resource=https://a.example\nresource=https://b.example')).toEqual({
      outcome: 'valid',
      parameters: [['resource', 'https://a.example'], ['resource', 'https://b.example']],
    });
  });

  it('refuses a line without a name and a repeated name that may not repeat', () => {
    expect(parseCustomParameters('justtext')).toEqual({ outcome: 'invalid', message: 'Line 1: write each parameter as name=value.' });
    expect(parseCustomParameters('a=1\na=2')).toEqual({ outcome: 'invalid', message: 'Line 2: a is given twice; only resource may repeat (RFC 8707).' });
  });

  it('names the field to use for a parameter that has one', () => {
    expect(parseCustomParameters('a=1\nscope=openid')).toEqual({ outcome: 'invalid', message: 'Line 2: scope has its own place; set it in the Scopes panel.' });
    expect(parseCustomParameters('prompt=login')).toEqual({ outcome: 'invalid', message: 'Line 1: prompt has its own place; set it in the prompt field.' });
  });

  it('says state and the PKCE values are made at launch, not that they have a field', () => {
    const parse = parseCustomParameters('state=abc');

    expect(parse).toEqual({ outcome: 'invalid', message: 'Line 1: state is made by the playground at each launch and cannot be set here.' });
  });
});
