import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealProvider, REAL_CLIENT_ID, REAL_PAR_REQUIRED_CLIENT_ID, REAL_PROVIDER_APP_ORIGIN, REQUEST_OBJECT_TEST_PUBLIC_JWK as REGISTERED_AT_OIDC_PROVIDER, type RealProvider } from '../e2e/support/real-provider.ts';
import { DEFAULT_PROVIDER_SETTINGS } from './provider/settings';
import type { ProtocolSettings, WithProtocolSettings } from './provider/protocol-settings';
import { defaultClient, serviceClient } from './provider/clients';
import { REQUEST_OBJECT_TEST_PUBLIC_JWK } from './differential/request-object-test-key';
import { BATTERY } from './differential/battery';
import { DELIBERATE_DIFFERENCES } from './differential/deliberate-differences';
import { describeOutcome, type Outcome } from './differential/outcome';
import { mockTarget, realTarget, type Target } from './differential/targets';
import { createHandlers } from './handlers';
import { createProvider } from './provider/provider';
import { keyedStore } from './provider/test-kit';

/**
 * The differential suite (issue 12): one battery of requests against the mock (msw/node) and
 * against oidc-provider 8, a certified OP, on a free loopback port. Each answer is reduced to
 * status, error code and channel; a difference passes only when DELIBERATE_DIFFERENCES lists it
 * with its justification, and a listed difference that no longer occurs fails too.
 */
const MOCK_ISSUER = 'https://op.test/mock-op';
const server = setupServer();
let real: RealProvider;
let targets: { mock: Target; real: Target };
const results = new Map<string, { mock: Outcome; real: Outcome }>();

beforeAll(async () => {
  real = await startRealProvider({ port: 0 });
  const playground = defaultClient(new URL(MOCK_ISSUER).origin);
  // RFC 9126 §6: a second public client that must push its requests, as oidc-provider registers one.
  const parRequired = { ...playground, clientId: REAL_PAR_REQUIRED_CLIENT_ID };
  const provider = createProvider({ issuer: MOCK_ISSUER, store: keyedStore(), clients: [playground, parRequired, serviceClient()] });
  // Configured as close to the loopback OP as the profiles allow: OIDC Core, the same allowed scopes.
  // RFC 9101: the client registered the battery's published test key, as oidc-provider's client did.
  const protocols: ProtocolSettings = {
    clients: {
      [playground.clientId]: { requestObjectJwks: [REQUEST_OBJECT_TEST_PUBLIC_JWK] },
      [parRequired.clientId]: { requirePushedAuthorizationRequests: true },
    },
  };
  provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, behaviour: 'oidc-core', allowedScopes: ['openid', 'profile', 'email', 'offline_access'], protocols } as WithProtocolSettings);
  server.use(...createHandlers({ issuer: MOCK_ISSUER, provider }));
  server.listen({ onUnhandledRequest: 'bypass' });
  targets = {
    mock: mockTarget(MOCK_ISSUER, provider, { ada: '3c388dd9-5bcc-4883-9a91-d51129110a4a', grace: 'grace-0000-0000-0000' }, parRequired.clientId),
    real: realTarget(real.issuer, REAL_CLIENT_ID, REAL_PROVIDER_APP_ORIGIN, REAL_PAR_REQUIRED_CLIENT_ID),
  };
}, 20_000);
afterAll(async () => {
  server.close();
  await real?.close();
});

describe('the mock against oidc-provider 8, answer by answer', () => {
  it.each(BATTERY.map((c) => [c.id, c] as const))('%s', async (id, battery) => {
    const mock = await battery.run(targets.mock);
    const certified = await battery.run(targets.real);
    results.set(id, { mock, real: certified });
    const deliberate = DELIBERATE_DIFFERENCES.find((d) => d.case === id);
    const same = describeOutcome(mock) === describeOutcome(certified);
    if (process.env.DIFFERENTIAL_PRINT) console.log(`${id}\n  mock: ${describeOutcome(mock)}\n  real: ${describeOutcome(certified)}`);
    if (same) {
      expect(deliberate, `${id} is listed as a deliberate difference but both answer ${describeOutcome(mock)}`).toBeUndefined();
      return;
    }
    expect(deliberate, `${id}: mock ${describeOutcome(mock)}, oidc-provider ${describeOutcome(certified)}, and no deliberate difference says why`).toBeDefined();
    expect({ mock: describeOutcome(mock), real: describeOutcome(certified) }).toEqual({ mock: deliberate!.mock, real: deliberate!.oidcProvider });
  });

  it('registers the same request-object key at both (RFC 9101 §6.2)', () => {
    expect(REGISTERED_AT_OIDC_PROVIDER).toEqual(REQUEST_OBJECT_TEST_PUBLIC_JWK);
  });

  it('lists only cases of the battery', () => {
    const ids = new Set(BATTERY.map((c) => c.id));
    for (const difference of DELIBERATE_DIFFERENCES) expect(ids.has(difference.case), difference.case).toBe(true);
  });
});
