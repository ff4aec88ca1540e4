import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { DEFAULT_REQUEST } from '../domain/request/composed-request';
import type { FlowRun } from '../domain/flow/flow-run';
import { launchSettings } from './launch-settings';

export type CompletedFlowRun = Extract<FlowRun, { outcome: 'completed' }>;

const ISSUER = 'https://op.example';

/** A provider key pair and its published JWKS, as the mock provider would hold them. */
export async function providerKeys(): Promise<{ sign: (claims: Record<string, unknown>) => Promise<string>; jwks: { keys: JWK[] } }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer(ISSUER).setAudience('playground').sign(privateKey);
  return { sign, jwks: { keys: [jwk] } };
}

/** A completed run holding these tokens; everything else is a plausible default. */
export function completedRun(overrides: Partial<CompletedFlowRun> & Pick<CompletedFlowRun, 'tokenResponse'>): CompletedFlowRun {
  return {
    id: 'run-1',
    startedAt: '2026-01-15T09:30:00.000Z',
    request: DEFAULT_REQUEST,
    settings: overrides.settings ?? launchSettings(overrides.request ?? DEFAULT_REQUEST),
    issuer: ISSUER,
    redirectUri: 'https://app.example/callback',
    requestedScopes: ['openid', 'profile', 'email'],
    authorizeUrl: `${ISSUER}/authorize?client_id=playground&scope=openid+profile+email`,
    nonce: 'n-0S6_WzA2Mj',
    discovery: { issuer: ISSUER, authorization_endpoint: `${ISSUER}/authorize` },
    outcome: 'completed',
    userinfo: undefined,
    scopesSupported: undefined,
    signature: { status: 'valid', detail: 'Verified.' },
    checks: [],
    exchanges: [],
    ...overrides,
  };
}
