import { SignJWT, UnsecuredJWT, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { verifySignature, verifyWithSecret } from './verify-id-token';

const secret = 'a-client-secret-of-at-least-32-bytes!!';

async function hs256Token(key = secret): Promise<string> {
  return new SignJWT({ sub: 'b30647ef' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('https://op.test').sign(new TextEncoder().encode(key));
}

describe('verifySignature', () => {
  it('verifies an RS256 token against the JWKS that holds its key', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const token = await new SignJWT({ sub: 'u' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(privateKey);
    expect((await verifySignature(token, { keys: [jwk] })).status).toBe('valid');
  });

  it('calls an altered RS256 token invalid', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const [header, , signature] = (await new SignJWT({ sub: 'u' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(privateKey)).split('.');
    const altered = `${header}.${Buffer.from(JSON.stringify({ sub: 'mallory' })).toString('base64url')}.${signature}`;
    expect((await verifySignature(altered, { keys: [jwk] })).status).toBe('invalid');
  });

  it('refuses alg "none" outright', async () => {
    const token = new UnsecuredJWT({ sub: 'u' }).encode();
    const status = await verifySignature(token, { keys: [] });
    expect(status).toEqual({ status: 'invalid', detail: expect.stringContaining('alg "none"') });
  });

  it('reports an HS256 token as not verifiable with the public JWKS', async () => {
    const status = await verifySignature(await hs256Token(), { keys: [] });
    expect(status.status).toBe('unverified');
    expect(status.detail).toContain('client secret');
  });

  it('says unverified, not valid, when the JWKS could not be read', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ sub: 'u' }).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    expect((await verifySignature(token, undefined)).status).toBe('unverified');
  });
});

describe('verifyWithSecret', () => {
  it('verifies an HS256 token with the right secret', async () => {
    expect((await verifyWithSecret(await hs256Token(), secret)).status).toBe('valid');
  });

  it('calls it invalid with a wrong secret', async () => {
    expect((await verifyWithSecret(await hs256Token(), 'another-secret-of-at-least-32-bytes!')).status).toBe('invalid');
  });
});
