import { describe, expect, it } from 'vitest';
import { exportConfiguration } from '../../src/domain/request/configuration-file';
import { DEFAULT_REQUEST } from '../../src/domain/request/composed-request';
import { PREPARED_USERS } from '../../src/domain/mock/prepared-users';
import { DEFAULT_PORT, readServerOptions } from './server-options';

const files = (contents: Record<string, string>) => (path: string) => {
  if (!(path in contents)) throw new Error('ENOENT');
  return contents[path]!;
};
const noFiles = files({});

/** A file as the playground's Export button writes it, with a change to the mock and an optional server section. */
function exported(mock: Record<string, unknown> = {}, server?: unknown, request: Record<string, unknown> = {}): string {
  const file = JSON.parse(exportConfiguration(DEFAULT_REQUEST)) as { request: { mock: object } };
  return JSON.stringify({ ...file, request: { ...file.request, ...request, mock: { ...file.request.mock, ...mock } }, ...(server !== undefined ? { server } : {}) });
}

function invalidMessage(args: string[], read = noFiles): string {
  const result = readServerOptions(args, read);
  if (result.outcome !== 'invalid') throw new Error('expected the options to be refused');
  return result.message;
}

function validOptions(args: string[], read = noFiles) {
  const result = readServerOptions(args, read);
  if (result.outcome !== 'valid') throw new Error(`expected valid options, got: ${result.message}`);
  return result.options;
}

describe('the server’s options from flags', () => {
  it('starts on loopback with the playground’s defaults and the prepared users', () => {
    const options = validOptions([]);

    expect(options.host).toBe('127.0.0.1');
    expect(options.port).toBe(DEFAULT_PORT);
    expect(options.clients[0]?.clientId).toBe('playground');
    expect(options.users.map((u) => u.name)).toEqual(PREPARED_USERS.map((u) => u.name));
    expect(options.settings.behaviour).toBe('hosted-login');
    expect(options.autoLogin).toBe(false);
  });

  it('reads port, client, redirect URIs, profile, policy, user, seed, clock, faults and auto-login', () => {
    const options = validOptions([
      '--port', '0', '--client-id', 'spa', '--redirect-uri', 'http://127.0.0.1:3000/cb', '--profile', 'oidc-core',
      '--allowed-scopes', 'openid email', '--user', 'minimal', '--seed', 's1', '--clock', '2026-01-15T09:30:00Z',
      '--fault', 'userinfoServerError', '--auto-login',
    ]);

    expect(options.port).toBe(0);
    expect(options.clients).toEqual([{ clientId: 'spa', redirectUris: ['http://127.0.0.1:3000/cb'], postLogoutRedirectUris: expect.any(Array) }]);
    expect(options.settings.behaviour).toBe('oidc-core');
    expect(options.settings.allowedScopes).toEqual(['openid', 'email']);
    expect(options.users[0]?.name).toBe('minimal');
    expect(options.settings.user.givenName).toBe('Mina');
    expect(options.settings.randomness).toEqual({ kind: 'seeded', seed: 's1' });
    expect(options.settings.clock).toEqual({ kind: 'fixed', millis: Date.parse('2026-01-15T09:30:00Z') });
    expect(options.faults.userinfoServerError).toBe(true);
    expect(options.autoLogin).toBe(true);
  });

  it('refuses a non-loopback address unless --allow-remote says so', () => {
    expect(invalidMessage(['--host', '0.0.0.0'])).toMatch(/--host 0\.0\.0\.0 is not a loopback address; add --allow-remote/);
    expect(validOptions(['--host', '0.0.0.0', '--allow-remote']).host).toBe('0.0.0.0');
  });

  it('names the flag that is wrong', () => {
    expect(invalidMessage(['--port', 'eighty'])).toMatch(/^--port/);
    expect(invalidMessage(['--profile', 'keycloak'])).toMatch(/^--profile must be/);
    expect(invalidMessage(['--fault', 'everything'])).toMatch(/^--fault must be one of tokenInvalidGrant/);
    expect(invalidMessage(['--clock', '2026-01-15'])).toMatch(/^--clock: .*has no time/);
    expect(invalidMessage(['--user', 'nobody'])).toMatch(/^--user must be one of full, minimal/);
    expect(invalidMessage(['--redirect-uri', 'javascript:alert(1)'])).toMatch(/--redirect-uri javascript:alert\(1\) is not an http\(s\) URL/);
    expect(invalidMessage(['--frobnicate'])).toMatch(/frobnicate/);
  });
});

describe('the login policy and the disallowed-scope handling from flags', () => {
  const policy = { customClaims: { id_token: { company: 'companyName' } }, customScopes: { 'shop:orders:read': { zone: 'timeZone' } } };

  it('reads the policy as JSON on the command line', () => {
    const options = validOptions(['--login-policy', JSON.stringify(policy)]);

    expect(options.settings.loginPolicy.customClaims.id_token).toEqual({ company: 'companyName' });
    expect(options.settings.loginPolicy.customScopes).toEqual({ 'shop:orders:read': { zone: 'timeZone' } });
  });

  it('reads the policy from the file the flag names, and wins over the options file', () => {
    const options = validOptions(
      ['--config', 'op.json', '--login-policy', 'policy.json'],
      files({ 'op.json': exported({ loginPolicy: { customClaims: { id_token: { other: 'email' } } } }), 'policy.json': JSON.stringify(policy) }),
    );

    expect(options.settings.loginPolicy.customClaims.id_token).toEqual({ company: 'companyName' });
  });

  it('keeps the playground’s default policy without the flag', () => {
    expect(validOptions([]).settings.loginPolicy.customScopes).toHaveProperty(['ad:user_custom:read']);
  });

  it('names the flag and what is wrong with a bad policy', () => {
    expect(invalidMessage(['--login-policy', '{"customClaims": {"id_token": {"company": "companyname"}}}'])).toMatch(/^--login-policy: .*companyname.*did you mean "companyName"/);
    expect(invalidMessage(['--login-policy', '{"claims": {}}'])).toMatch(/^--login-policy: "claims" is not part of a login policy/);
    expect(invalidMessage(['--login-policy', '{not json'])).toMatch(/^--login-policy: /);
    expect(invalidMessage(['--login-policy', 'missing.json'])).toBe('--login-policy: "missing.json" is neither a JSON object nor a file that can be read.');
  });

  it('reads drop or reject for a scope the policy does not allow, and names a bad value', () => {
    expect(validOptions(['--disallowed-scopes', 'reject']).settings.disallowedScopes).toBe('reject');
    expect(validOptions([]).settings.disallowedScopes).toBe('drop');
    expect(invalidMessage(['--disallowed-scopes', 'ignore'])).toBe('--disallowed-scopes must be drop or reject, not "ignore".');
  });
});

describe('the server’s options from a file in the Export JSON format', () => {
  it('takes the mock settings of an exported file, and its server section', () => {
    const file = exported(
      { behaviour: 'next-identity', allowedScopes: ['openid', 'profile'], seed: 'demo', user: { uuid: 'u-1', givenName: 'Ada' } },
      { port: 0, autoLogin: true, clients: [{ clientId: 'shop', redirectUris: ['http://127.0.0.1:8080/callback'] }], faults: { slowJwks: true } },
      { clientId: 'ignored-when-clients-are-given' },
    );

    const options = validOptions(['--config', 'op.json'], files({ 'op.json': file }));

    expect(options.settings.behaviour).toBe('next-identity');
    expect(options.settings.allowedScopes).toEqual(['openid', 'profile']);
    expect(options.settings.randomness).toEqual({ kind: 'seeded', seed: 'demo' });
    expect(options.settings.user).toEqual({ uuid: 'u-1', givenName: 'Ada' });
    expect(options.users[0]).toMatchObject({ name: 'configured', profile: { uuid: 'u-1' } });
    expect(options.clients).toEqual([{ clientId: 'shop', redirectUris: ['http://127.0.0.1:8080/callback'], postLogoutRedirectUris: [] }]);
    expect(options.faults.slowJwks).toBe(true);
    expect(options.autoLogin).toBe(true);
    expect(options.port).toBe(0);
  });

  it('lets flags win over the file', () => {
    const options = validOptions(['--config', 'op.json', '--profile', 'oidc-core', '--port', '4567'], files({ 'op.json': exported({ behaviour: 'next-identity' }, { port: 0 }) }));

    expect(options.settings.behaviour).toBe('oidc-core');
    expect(options.port).toBe(4567);
  });

  it.each([
    ['not JSON', '{', /op\.json: The file is not JSON/],
    ['a bad behaviour', exported({ behaviour: 'okta' }), /op\.json: request\.mock\.behaviour must be/],
    ['a misspelt user attribute', exported({ user: { uuid: 'u', givenname: 'x' } }), /op\.json: request\.mock\.user: "givenname" is not an attribute.*did you mean "givenName"/],
    ['a bad login policy', exported({ loginPolicy: { customClaims: 3 } }), /op\.json: request\.mock\.loginPolicy: /],
    ['a clock without a time', exported({ clock: '2026-01-15' }), /op\.json: request\.mock\.clock: /],
    ['an unknown server option', exported({}, { prot: 1 }), /op\.json: server\.prot is not an option/],
    ['a client without redirect URIs', exported({}, { clients: [{ clientId: 'a', redirectUris: [] }] }), /op\.json: server\.clients\[0\]\.redirectUris must be/],
    ['a user with a bad profile', exported({}, { users: [{ name: 'x', profile: { email: 'no uuid' } }] }), /op\.json: server\.users\[0\]\.profile: /],
    ['an unknown fault', exported({}, { faults: { meltdown: true } }), /op\.json: server\.faults\.meltdown is not a fault/],
    ['a port out of range', exported({}, { port: 70000 }), /op\.json: server\.port must be/],
  ])('refuses a file with %s, naming the field', (_case, text, message) => {
    expect(invalidMessage(['--config', 'op.json'], files({ 'op.json': text }))).toMatch(message);
  });

  it('says when the file cannot be read', () => {
    expect(invalidMessage(['--config', 'missing.json'])).toBe('--config: cannot read missing.json.');
  });
});

describe('confidential clients and client metadata (RFC 6749 §4.4, RFC 9126 §6, RFC 9101 §6.2)', () => {
  const jwk = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0', alg: 'ES256' };
  const metadataOf = (options: ReturnType<typeof validOptions>) => (options.settings as { protocols?: unknown }).protocols;

  it('registers --service-client beside the public client, for client credentials only', () => {
    const options = validOptions(['--service-client', 'reports:s3cret:with-colons']);
    expect(options.clients.map((c) => c.clientId)).toEqual(['playground', 'reports']);
    expect(options.clients[1]).toEqual({ clientId: 'reports', secret: 's3cret:with-colons', redirectUris: [], postLogoutRedirectUris: [], grantTypes: ['client_credentials'] });
  });

  it('names --service-client when its value is bad, without echoing the secret', () => {
    const message = invalidMessage(['--service-client', 'no-colon-secret']);
    expect(message).toMatch(/^--service-client must be <client_id>:<secret>/);
    expect(message).not.toContain('no-colon-secret');
    expect(invalidMessage(['--service-client', 'reports:'])).toMatch(/^--service-client must be/);
    expect(invalidMessage(['--service-client', 'playground:x'])).toBe('--service-client: client_id playground is registered twice.');
  });

  it('reads a confidential client, its metadata and keys from server.clients', () => {
    const file = exported({}, {
      clients: [
        { clientId: 'spa', redirectUris: ['http://127.0.0.1:8080/callback'], requirePushedAuthorizationRequests: true, jwks: { keys: [jwk] } },
        { clientId: 'svc', clientSecret: 'file-secret', grantTypes: ['client_credentials'] },
      ],
    });
    const options = validOptions(['--config', 'op.json'], files({ 'op.json': file }));
    expect(options.clients[1]).toEqual({ clientId: 'svc', secret: 'file-secret', redirectUris: [], postLogoutRedirectUris: [], grantTypes: ['client_credentials'] });
    // The export's own client (playground) is not registered here, so its metadata is not kept.
    expect(metadataOf(options)).toEqual({ jwtAccessTokens: false, clients: { spa: { requirePushedAuthorizationRequests: true, requestObjectJwks: [jwk] } } });
  });

  it('takes the export’s require-PAR as its client’s metadata and JWT access tokens as a server setting', () => {
    const options = validOptions(['--config', 'op.json'], files({ 'op.json': exported({ protocols: { requirePar: true, jwtAccessTokens: true } }) }));
    expect(metadataOf(options)).toEqual({ clients: { playground: { requirePushedAuthorizationRequests: true } }, jwtAccessTokens: true });
  });

  it.each([
    ['client credentials without a secret', { clientId: 'svc', grantTypes: ['client_credentials'] }, /server\.clients\[0\]\.clientSecret is required with grantTypes client_credentials/],
    ['an unknown grant', { clientId: 'svc', clientSecret: 'x', grantTypes: ['password'] }, /server\.clients\[0\]\.grantTypes must be \["client_credentials"\]/],
    ['a misspelt field', { clientId: 'spa', redirectUris: ['http://127.0.0.1/cb'], requirePar: true }, /server\.clients\[0\]\.requirePar is not a client field/],
    ['a private key', { clientId: 'spa', redirectUris: ['http://127.0.0.1/cb'], jwks: { keys: [{ ...jwk, d: 'secret' }] } }, /server\.clients\[0\]\.jwks\.keys\[0\] holds private key material/],
    ['an HS256 key', { clientId: 'spa', redirectUris: ['http://127.0.0.1/cb'], jwks: { keys: [{ kty: 'oct', alg: 'HS256' }] } }, /server\.clients\[0\]\.jwks\.keys\[0\] alg must be ES256 or RS256/],
    ['a non-boolean requirement', { clientId: 'spa', redirectUris: ['http://127.0.0.1/cb'], requirePushedAuthorizationRequests: 'yes' }, /server\.clients\[0\]\.requirePushedAuthorizationRequests must be true or false/],
  ])('refuses a client with %s, naming the field', (_case, client, message) => {
    const text = exported({}, { clients: [client] });
    const refused = invalidMessage(['--config', 'op.json'], files({ 'op.json': text }));
    expect(refused).toMatch(message);
    expect(refused).not.toContain('secret"');
  });
});
