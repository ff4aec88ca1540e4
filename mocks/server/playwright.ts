import { test as base, type Page } from '@playwright/test';
import type { FaultSwitch } from '../../src/domain/mock/mock-faults';
import type { RecordedRequest } from './recorded-requests';
import { readServerOptions } from './server-options';
import { startServer, type RunningServer } from './start-server';

/** A user a test adds at run time: a name to choose it by, and a profile in the playground's attribute names. */
export interface MockOpUser {
  readonly name: string;
  readonly label?: string;
  readonly profile: { readonly uuid: string } & Record<string, unknown>;
}

/** What `PUT /__control/settings` takes: any of these. */
export interface MockOpSettings {
  readonly allowedScopes?: readonly string[];
  readonly behaviour?: 'hosted-login' | 'next-identity' | 'oidc-core';
  readonly disallowedScopes?: 'drop' | 'reject';
  readonly loginPolicy?: unknown;
  /** The name of the default user. */
  readonly user?: string;
  /**
   * A registered client's metadata, by client_id: the public JWKs its request objects are signed
   * with (RFC 9101 §6.2), and whether it must push its requests (RFC 9126 §6).
   */
  readonly clients?: Readonly<Record<string, { readonly jwks?: { readonly keys: readonly Record<string, unknown>[] }; readonly requirePushedAuthorizationRequests?: boolean }>>;
}

/** The test's handle on its worker's mock provider. */
export interface MockOp {
  /** The issuer URL to configure the app under test with. */
  readonly issuer: string;
  readonly controlUrl: string;
  /** The next sign-in is this user, without the login page. */
  signInAs(user: string): Promise<void>;
  /** On the login page the app navigated to: choose the user and press "Sign in". */
  signInOnPage(page: Page, user?: string): Promise<void>;
  /** Arms a one-shot fault: tokenInvalidGrant, userinfoServerError, slowJwks. */
  armFault(fault: FaultSwitch): Promise<void>;
  configure(settings: MockOpSettings): Promise<void>;
  addUsers(users: readonly MockOpUser[]): Promise<void>;
  /** A fixed "now" (ISO date and time), or "" for the real clock. */
  setClock(clock: string): Promise<void>;
  /** What the provider received since the test began (credentials withheld). */
  requests(): Promise<RecordedRequest[]>;
}

export interface MockOpFixtures {
  readonly mockOp: MockOp;
}

export interface MockOpWorkerFixtures {
  /** The bin's flags for this worker's server (`test.use({ mockOpArgs: [...] })`); a free loopback port always. */
  readonly mockOpArgs: readonly string[];
  readonly mockOpServer: RunningServer;
}

/**
 * `test` with a mock provider per worker, on a free loopback port, reset before every test:
 *
 *   import { test, expect } from 'oidc-playground/playwright';
 *   test.use({ mockOpArgs: ['--client-id', 'my-spa', '--redirect-uri', 'http://127.0.0.1:3000/callback'] });
 *   test('signs in', async ({ page, mockOp }) => { await mockOp.signInAs('minimal'); … });
 */
export const test = base.extend<MockOpFixtures, MockOpWorkerFixtures>({
  mockOpArgs: [[], { option: true, scope: 'worker' }],
  mockOpServer: [
    async ({ mockOpArgs }, use) => {
      const read = readServerOptions([...mockOpArgs, '--port', '0'], () => {
        throw new Error('unreadable');
      });
      if (read.outcome === 'invalid') throw new Error(`mockOpArgs: ${read.message}`);
      const server = await startServer(read.options);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  mockOp: async ({ mockOpServer }, use) => {
    await control(mockOpServer, 'POST', '/reset');
    await use(handle(mockOpServer));
  },
});

export { expect } from '@playwright/test';

function handle(server: RunningServer): MockOp {
  const change = async (path: string, body: unknown): Promise<void> => {
    await control(server, 'PUT', path, body);
  };
  return {
    issuer: server.issuer,
    controlUrl: server.controlUrl,
    signInAs: (user) => change('/next-user', { user }),
    async signInOnPage(page, user) {
      if (user !== undefined) await page.getByLabel('Sign in as').selectOption(user);
      await page.getByRole('button', { name: 'Sign in' }).click();
    },
    armFault: (fault) => change('/faults', { [fault]: true }),
    configure: (settings) => change('/settings', settings),
    addUsers: (users) => change('/users', users),
    setClock: (clock) => change('/clock', { clock }),
    requests: async () => ((await control(server, 'GET', '/requests')) as { requests: RecordedRequest[] }).requests,
  };
}

/** Calls the control API; a refused change fails the test with the provider's message. */
async function control(server: RunningServer, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.controlUrl}${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const json = (await response.json()) as { error_description?: string };
  if (!response.ok) throw new Error(`mock provider control ${method} ${path}: ${json.error_description ?? response.status}`);
  return json;
}
