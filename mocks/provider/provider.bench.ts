import { createHash } from 'node:crypto';
import { bench, describe } from 'vitest';
import { createProvider } from './provider';
import { memoryStore } from './store';

const issuer = 'https://op.test/mock-op';
const provider = createProvider({ issuer, store: memoryStore() });
const verifier = 'bench-verifier-bench-verifier-bench-verifier-0123';
const challenge = createHash('sha256').update(verifier).digest('base64url');
await provider.jwks(); // generate the signing key once, outside the measurement

describe('mock provider (per sign-in)', () => {
  bench('authorize → token (code exchange, PKCE, RS256 id_token) → userinfo', async () => {
    const params = new URLSearchParams({
      client_id: 'playground',
      redirect_uri: 'https://op.test/callback',
      response_type: 'code',
      scope: 'openid profile email',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 's',
      nonce: 'n',
    });
    const approved = provider.approve(params);
    if (approved.outcome !== 'approved') throw new Error(approved.outcome);
    const code = new URL(approved.location).searchParams.get('code')!;
    const token = await provider.token(
      new URLSearchParams({ grant_type: 'authorization_code', code, client_id: 'playground', redirect_uri: 'https://op.test/callback', code_verifier: verifier }),
    );
    const { access_token } = token.body as { access_token: string };
    provider.userinfo(`Bearer ${access_token}`);
  });
});
