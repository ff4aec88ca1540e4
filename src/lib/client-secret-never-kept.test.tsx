import { launchSettings } from '../testing/launch-settings';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, type ComposedRequest } from '../domain/request/composed-request';
import { exportConfiguration } from '../domain/request/configuration-file';
import type { CompletedRun } from '../domain/flow/flow-run';
import { sequenceOf } from '../domain/flow/flow-sequence';
import { permalink } from '../domain/request/permalink';
import { exportPlaywrightSpec } from '../domain/flow/playwright-spec';
import { forgetClientSecret, setClientSecret } from '../state/client-secret-store';
import { saveComposition } from '../state/composition-history-store';
import { setComposedRequest } from '../state/composed-request-store';
import { loadLastRun } from './run-store';
import { refreshRun } from './run-actions';

/**
 * A confidential client's secret is sent (oidc-client-ts puts it in the request) and kept nowhere:
 * not in local or session storage, the stored run, the sequence diagram even unmasked, a permalink,
 * the configuration export or an exported Playwright spec.
 */
const ISSUER = 'https://op.example';
const CLIENT_ID = 'confidential-app';
const SECRET = 'a-very-secret-client-secret-4711';
const BASIC = btoa(`${CLIENT_ID}:${SECRET}`);

const request: ComposedRequest = { ...DEFAULT_REQUEST, issuer: ISSUER, clientId: CLIENT_ID, clientAuthentication: 'auto', confidential: true };

function completedRun(method: 'client_secret_basic' | 'client_secret_post'): CompletedRun {
  return {
    id: 'state-1',
    startedAt: '2026-01-15T09:30:00.000Z',
    request,
    settings: launchSettings(request),
    issuer: ISSUER,
    redirectUri: 'http://localhost:3000/callback',
    requestedScopes: ['openid', 'offline_access'],
    authorizeUrl: `${ISSUER}/authorize?client_id=${CLIENT_ID}`,
    nonce: 'n-0S6_WzA2Mj',
    discovery: { issuer: ISSUER, authorization_endpoint: `${ISSUER}/authorize`, token_endpoint: `${ISSUER}/token`, userinfo_endpoint: `${ISSUER}/userinfo`, jwks_uri: `${ISSUER}/jwks` },
    clientAuthentication: method,
    outcome: 'completed',
    tokenResponse: { access_token: 'at-1', token_type: 'Bearer', refresh_token: 'rt-1', scope: 'openid offline_access' },
    userinfo: undefined,
    scopesSupported: undefined,
    signature: { status: 'unverified', detail: 'no id_token' },
    checks: [],
    exchanges: [],
  };
}

/** Every string the page could have kept. */
function everythingKept(): string {
  const dump = (storage: Storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`).join('\n');
  return `${dump(window.localStorage)}\n${dump(window.sessionStorage)}`;
}

const realFetch = globalThis.fetch;
let sent: Request[] = [];

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  sent = [];
  globalThis.fetch = async (input, init) => {
    const call = new Request(input, init);
    sent.push(call.clone());
    if (call.url === `${ISSUER}/token`) {
      return Response.json({ access_token: 'at-2', token_type: 'Bearer', refresh_token: 'rt-2', scope: 'openid offline_access', expires_in: 3600 });
    }
    if (call.url === `${ISSUER}/userinfo`) return Response.json({ sub: '' });
    return Response.json({ keys: [] });
  };
  setClientSecret(ISSUER, CLIENT_ID, SECRET);
});

afterEach(() => {
  globalThis.fetch = realFetch;
  forgetClientSecret();
});

describe('a confidential client’s secret', () => {
  it.each(['client_secret_basic', 'client_secret_post'] as const)('is sent with %s and kept nowhere', async (method) => {
    setComposedRequest(request);
    saveComposition(request, 'launched');
    const refreshed = await refreshRun(completedRun(method));

    // It was sent, the way the method says (oidc-client-ts built the request).
    const token = sent.find((call) => call.url === `${ISSUER}/token`);
    expect(token).toBeDefined();
    const body = await token!.text();
    if (method === 'client_secret_basic') {
      expect(token!.headers.get('authorization')).toBe(`Basic ${BASIC}`);
      expect(body).not.toContain('client_secret');
    } else {
      expect(token!.headers.get('authorization')).toBeNull();
      expect(new URLSearchParams(body).get('client_secret')).toBe(SECRET);
    }

    // …and kept nowhere.
    const stored = loadLastRun();
    expect(stored?.outcome).toBe('completed');
    const kept = [
      everythingKept(),
      JSON.stringify(refreshed),
      JSON.stringify(sequenceOf(refreshed, { masked: false })),
      permalink('http://localhost:3000/', request),
      exportConfiguration(request),
      JSON.stringify(exportPlaywrightSpec(request, { signature: 'valid', scopes: [], claims: [] })),
    ].join('\n');
    expect(kept).toContain('WITHHELD');
    expect(kept).not.toContain(SECRET);
    expect(kept).not.toContain(BASIC);
  });

  it('is not given out for another issuer or client ID', async () => {
    setClientSecret(ISSUER, CLIENT_ID, SECRET);
    const elsewhere = { ...completedRun('client_secret_basic'), issuer: 'https://other.example', request: { ...request, issuer: 'https://other.example' } };
    await expect(refreshRun(elsewhere)).rejects.toThrow('No client secret in this tab’s memory');
    expect(sent).toHaveLength(0);
  });
});
