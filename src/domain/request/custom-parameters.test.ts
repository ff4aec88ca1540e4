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

  it('refuses an owned name written in another case, since a server may read names without case', () => {
    for (const [typed, owned] of [['Redirect_URI', 'redirect_uri'], ['STATE', 'state'], ['Client_ID', 'client_id'], ['Code_Challenge', 'code_challenge'], ['Login_Hint', 'login_hint']]) {
      const parse = parseCustomParameters(`${typed}=x`);
      expect(parse.outcome, typed).toBe('invalid');
      expect(parse.outcome === 'invalid' && parse.message, typed).toContain(`${typed} (${owned} in another case`);
    }
    expect(parseCustomParameters('Client_ID=x')).toEqual({
      outcome: 'invalid',
      message: 'Line 1: Client_ID (client_id in another case, which a server may read as client_id) has its own place; set it in the Client ID field.',
    });
  });

  it('still lets a name through that only resembles an owned one', () => {
    expect(parseCustomParameters('state_hint=x\nclaims_locales=fr')).toEqual({ outcome: 'valid', parameters: [['state_hint', 'x'], ['claims_locales', 'fr']] });
  });
});
