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

  it('refuses a line without a name, a parameter the playground sets, and a repeated name', () => {
    expect(parseCustomParameters('justtext')).toEqual({ outcome: 'invalid', message: 'Line 1: write each parameter as name=value.' });
    expect(parseCustomParameters('a=1\nscope=openid')).toEqual({ outcome: 'invalid', message: 'Line 2: scope is set by the playground; use its own field instead.' });
    expect(parseCustomParameters('a=1\na=2')).toEqual({ outcome: 'invalid', message: 'Line 2: a is given twice.' });
  });
});
