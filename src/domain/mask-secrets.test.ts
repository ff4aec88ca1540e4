import { describe, expect, it } from 'vitest';
import { maskSecrets, maskValue } from './mask-secrets';

describe('maskSecrets', () => {
  it('masks tokens in a JSON token response and keeps the other members', () => {
    const text = JSON.stringify({ access_token: '9k30ui34ksh163m8', token_type: 'Bearer', expires_in: 3600, id_token: 'eyJhbGciOi.eyJzdWIi.c2ln' });
    const masked = maskSecrets(text);
    expect(masked).not.toContain('9k30ui34ksh163m8');
    expect(masked).not.toContain('eyJhbGciOi.eyJzdWIi.c2ln');
    expect(masked).toContain('"token_type":"Bearer"');
    expect(masked).toContain('"access_token":"9k30ui…(16 chars)"');
  });

  it('masks code and code_verifier in a form body and a query string', () => {
    const masked = maskSecrets('grant_type=authorization_code&code=abcdefghijklmn&code_verifier=0123456789abcdef0123&client_id=playground');
    expect(masked).toBe('grant_type=authorization_code&code=abcdef…(14 chars)&code_verifier=012345…(20 chars)&client_id=playground');
  });

  it('masks a Bearer authorization value', () => {
    expect(maskSecrets('Authorization: Bearer rb5bzkygqs5ahevp')).toBe('Authorization: Bearer rb5bzk…(16 chars)');
  });

  it('hides short values completely', () => {
    expect(maskValue('abc')).toBe('••••');
  });
});
