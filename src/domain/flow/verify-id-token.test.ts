import { SignJWT, UnsecuredJWT, exportJWK, generateKeyPair } from 'jose';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkClaims, verifySignature, verifyWithSecret } from './verify-id-token';

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

describe('checkClaims', () => {
  const issuer = 'https://op.test';
  const accessToken = 'rb5bzkygqs5ahevp';
  const now = 1_768_469_400;

  async function edToken(atHash: string, crv: 'Ed25519' = 'Ed25519') {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'ed' };
    const token = await new SignJWT({ nonce: 'n', at_hash: atHash, aud: 'playground' })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'ed' })
      .setIssuer(issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(privateKey);
    return { token, jwks: { keys: [jwk] } };
  }

  it('checks at_hash of an EdDSA (Ed25519) id_token instead of skipping it', async () => {
    const digest = createHash('sha512').update(accessToken).digest();
    const good = await edToken(digest.subarray(0, 32).toString('base64url'));
    const bad = await edToken('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    const input = { accessToken, issuer, clientId: 'playground', nonce: 'n', nowSeconds: now };

    const goodChecks = await checkClaims({ ...input, idToken: good.token, jwks: good.jwks });
    const badChecks = await checkClaims({ ...input, idToken: bad.token, jwks: bad.jwks });

    expect(goodChecks.find((c) => c.name === 'at_hash')?.outcome).toBe('pass');
    expect(badChecks.find((c) => c.name === 'at_hash')?.outcome).toBe('fail');
  });

  it('adds the RFC 9207 check first when the callback is known', async () => {
    const { token, jwks } = await edToken('x');
    const checks = await checkClaims({
      idToken: token,
      accessToken: undefined,
      issuer,
      clientId: 'playground',
      nonce: 'n',
      nowSeconds: now,
      jwks,
      authorizationResponse: { callbackUrl: 'https://app.test/callback?code=c&state=s&iss=https%3A%2F%2Fevil.test', advertised: true },
    });

    expect(checks[0]).toMatchObject({ name: 'authorization-response-iss', outcome: 'fail' });
  });
});
