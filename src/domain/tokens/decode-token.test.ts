import { EncryptJWT, SignJWT, UnsecuredJWT, base64url, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode-token';

async function signed(payload: Record<string, unknown>, typ?: string): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: 'k1', ...(typ ? { typ } : {}) }).sign(privateKey);
}

describe('decodeToken', () => {
  it('decodes the header and payload of a signed id_token', async () => {
    const token = await signed({ iss: 'https://op.test', sub: 'u1', aud: 'playground', nonce: 'n' });

    const decoded = decodeToken(`  ${token}\n`);

    expect(decoded).toMatchObject({ kind: 'jwt', compact: token, header: { alg: 'ES256', kid: 'k1' }, tokenType: 'id_token' });
    expect(decoded.kind === 'jwt' && decoded.payload).toEqual({ iss: 'https://op.test', sub: 'u1', aud: 'playground', nonce: 'n' });
  });

  it('tells a JWT access token by its at+jwt type (RFC 9068)', async () => {
    const decoded = decodeToken(await signed({ sub: 'u1', client_id: 'c' }, 'at+jwt'));
    expect(decoded).toMatchObject({ kind: 'jwt', tokenType: 'access_token' });
  });

  it('takes a token with a scope and no nonce for an access token, and accepts a pasted Bearer prefix', async () => {
    const decoded = decodeToken(`Bearer ${await signed({ sub: 'u1', scope: 'openid email' })}`);
    expect(decoded).toMatchObject({ kind: 'jwt', tokenType: 'access_token' });
  });

  it('calls a single opaque string an opaque token', () => {
    expect(decodeToken('rb5bzkygqs5ahevp')).toEqual({ kind: 'opaque', length: 16 });
  });

  it('reads only the header of an encrypted JWT', async () => {
    const secret = new Uint8Array(32);
    const token = await new EncryptJWT({ sub: 'u' }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(secret);
    expect(decodeToken(token)).toEqual({ kind: 'encrypted', header: { alg: 'dir', enc: 'A256GCM' } });
  });

  it('says what is wrong with garbage, a truncated token and a corrupt payload', async () => {
    const token = await signed({ sub: 'u1' });
    const [header, , signature] = token.split('.');

    expect(decodeToken('this is not a token')).toMatchObject({ kind: 'malformed', message: expect.stringContaining('not a token') });
    expect(decodeToken(token.split('.').slice(0, 2).join('.'))).toMatchObject({ kind: 'malformed', message: expect.stringContaining('this has 2') });
    expect(decodeToken(`${header}.bm90IGpzb24.${signature}`)).toMatchObject({ kind: 'malformed', message: expect.stringContaining('payload') });
    expect(decodeToken(`e30x.${token.split('.')[1]}.${signature}`)).toMatchObject({ kind: 'malformed', message: expect.stringContaining('header') });
  });

  it('decodes an unsigned token too, so it can be shown and refused', () => {
    expect(decodeToken(new UnsecuredJWT({ sub: 'u' }).encode())).toMatchObject({ kind: 'jwt', header: { alg: 'none' } });
  });

  it('says nothing about an empty field', () => {
    expect(decodeToken('  ')).toEqual({ kind: 'empty' });
  });

  it('refuses a token nested deeper than a provider answer may be, without recursing into it', () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    // Encoded from text: jose's own builder copies the claims recursively and could not make it.
    const part = (json: string) => base64url.encode(new TextEncoder().encode(json));
    const token = `${part('{"alg":"none"}')}.${part(`{"sub":"u1","deep":${deep}}`)}.`;

    const decoded = decodeToken(token);

    expect(decoded.kind).toBe('malformed');
    expect(decoded.kind === 'malformed' && decoded.message).toContain('nested deeper than 64 levels');
  });

  it('keeps a token nested as deep as real claims are (address, 2 levels)', () => {
    const token = new UnsecuredJWT({ sub: 'u1', address: { formatted: 'x', nested: { a: 1 } } }).encode();
    expect(decodeToken(token).kind).toBe('jwt');
  });

  it('refuses a token larger than a provider answer may be', () => {
    const token = new UnsecuredJWT({ sub: 'u1', pad: 'x'.repeat(200_000) }).encode();

    const decoded = decodeToken(token);

    expect(decoded.kind === 'malformed' && decoded.message).toMatch(/^This token is 2\d\d kB, over the 200 kB the playground reads/);
  });
});
