import { parseArgs } from 'node:util';
import { FAULT_SWITCH_IDS, NO_FAULTS, type FaultSwitch, type MockFaults } from '../../src/domain/mock/mock-faults';
import { isBehaviourProfile, listBehaviourProfiles } from '../../src/domain/mock/behaviour-profile';
import { parseLoginPolicy } from '../../src/domain/mock/login-policy';
import { LOCAL_MOCK_SERVER_PORT } from '../../src/domain/provider/provider-templates';
import { PREPARED_USERS } from '../../src/domain/mock/prepared-users';
import { parseUserProfile, type UserProfile } from '../../src/domain/mock/user-profile';
import { importConfiguration } from '../../src/domain/request/configuration-file';
import { checkClock, fixedClock } from '../../src/domain/request/run-clock';
import { DEFAULT_CLIENT_ID, DEFAULT_MOCK_SETTINGS, type MockSettings } from '../../src/domain/request/composed-request';
import { splitScopes } from '../../src/domain/scopes-and-claims/scope-list';
import { isPlainObject } from '../../src/domain/text/json-values';
import type { RegisteredClient } from '../provider/clients';
import { providerProtocolsOf, type ClientProtocolMetadata, type ProtocolSettings } from '../provider/protocol-settings';
import type { ProviderSettings } from '../provider/settings';
import { readClientMetadata } from './client-metadata';

/** A user the login page offers: a short name to choose it by (login_hint, control API), and its profile. */
export interface ServerUser {
  readonly name: string;
  readonly label: string;
  readonly profile: UserProfile;
}

/** Everything the HTTP server starts with; the control API can change the settings, users and faults at run time. */
export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  /** Binding to anything but loopback needs this, and prints a warning. */
  readonly allowRemote: boolean;
  /** The issuer URL as clients reach it; `http://<host>:<port>` when absent. */
  readonly issuer?: string;
  readonly clients: readonly RegisteredClient[];
  /** The first one is the default user (the file's `request.mock.user`). */
  readonly users: readonly ServerUser[];
  readonly settings: ProviderSettings;
  readonly faults: MockFaults;
  /** Sign in the default user without showing the login page (as `login_hint` does for a named user). */
  readonly autoLogin: boolean;
}

export type OptionsRead = { readonly outcome: 'valid'; readonly options: ServerOptions } | { readonly outcome: 'invalid'; readonly message: string };

export const DEFAULT_PORT = LOCAL_MOCK_SERVER_PORT;
export const LOOPBACK_HOST = '127.0.0.1';
/** Where the playground's dev server runs, so `npx oidc-playground-op` works with it as is. */
export const DEFAULT_REDIRECT_URIS = ['http://localhost:5173/callback', 'http://127.0.0.1:5173/callback'];
export const DEFAULT_POST_LOGOUT_REDIRECT_URIS = ['http://localhost:5173/signed-out', 'http://127.0.0.1:5173/signed-out'];

/** Usage text of the bin, printed by --help and after a bad option. */
export const USAGE = `Usage: oidc-playground-op [options]

  --config <file>          options in the playground's Export JSON format (plus an optional "server" object)
  --port <n>               port on loopback (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <address>         address to bind (default ${LOOPBACK_HOST}); anything else needs --allow-remote
  --allow-remote           allow binding to a non-loopback address (prints a warning)
  --issuer <url>           issuer URL as clients reach it (default http://<host>:<port>)
  --client-id <id>         the registered public client (default ${DEFAULT_CLIENT_ID})
  --redirect-uri <uri>     a redirect URI of that client (repeatable)
  --post-logout-redirect-uri <uri>   (repeatable)
  --service-client <id>:<secret>     also register a confidential client for the client credentials
                           grant (client_secret_basic or _post); the options file keeps the secret
                           out of the process list
  --profile <id>           behaviour profile: ${listBehaviourProfiles()}
  --allowed-scopes <list>  token policy: space-separated scopes the provider grants
  --disallowed-scopes drop|reject   what happens to a requested scope the policy does not allow
  --login-policy <json|file>        custom claims and scopes: the login policy as JSON, or a file holding it
  --user <name>            the default user: ${PREPARED_USERS.map((u) => u.name).join(', ')}
  --auto-login             sign the default user in without showing the login page
  --seed <text>            deterministic keys, codes and tokens
  --clock <iso>            a fixed "now", e.g. 2026-01-15T09:30:00Z
  --fault <switch>         arm a one-shot fault (repeatable): ${FAULT_SWITCH_IDS.join(', ')}
  --help                   this text`;

/**
 * Reads the bin's flags and the options file they name. Flags win over the file. A bad value is a
 * message naming the field (or flag) it is in, and nothing starts.
 */
export function readServerOptions(args: readonly string[], readFile: (path: string) => string): OptionsRead {
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(args);
  } catch (error) {
    return invalid(error instanceof Error ? error.message : String(error));
  }
  const { values } = flags;
  let file: FileOptions = { settings: {}, server: {} };
  if (values.config !== undefined) {
    let text: string;
    try {
      text = readFile(values.config);
    } catch {
      return invalid(`--config: cannot read ${values.config}.`);
    }
    const read = readOptionsFile(text);
    if (read.outcome === 'invalid') return invalid(`${values.config}: ${read.message}`);
    file = read.file;
  }

  const port = values.port !== undefined ? Number(values.port) : (file.server.port ?? DEFAULT_PORT);
  if (!isPort(port)) return invalid('--port must be a whole number from 0 to 65535.');
  const host = values.host ?? LOOPBACK_HOST;
  const allowRemote = values['allow-remote'] === true;
  if (!isLoopback(host) && !allowRemote) return invalid(`--host ${host} is not a loopback address; add --allow-remote to bind to it on purpose.`);
  const issuer = values.issuer ?? file.server.issuer;
  if (issuer !== undefined && !isHttpUrl(issuer)) return invalid('--issuer must be an http(s) URL.');

  const behaviour = values.profile ?? file.settings.behaviour ?? DEFAULT_MOCK_SETTINGS.behaviour;
  if (!isBehaviourProfile(behaviour)) return invalid(`--profile must be ${listBehaviourProfiles()}.`);
  const clockText = values.clock ?? file.settings.clock ?? '';
  const clockProblem = checkClock(clockText);
  if (clockProblem) return invalid(`--clock: ${clockProblem}`);
  const millis = fixedClock(clockText);
  const seed = values.seed ?? file.settings.seed ?? '';

  const policy = loginPolicyFlag(values['login-policy'], readFile);
  if (policy.outcome === 'invalid') return invalid(policy.message);
  const disallowed = values['disallowed-scopes'];
  if (disallowed !== undefined && disallowed !== 'drop' && disallowed !== 'reject') return invalid(`--disallowed-scopes must be drop or reject, not "${disallowed}".`);

  const users = file.server.users ?? defaultUsers(file.settings.user);
  const chosen = values.user === undefined ? users[0] : users.find((u) => u.name === values.user);
  if (!chosen) return invalid(`--user must be one of ${users.map((u) => u.name).join(', ')}.`);

  const faults = { ...NO_FAULTS, ...file.server.faults };
  for (const fault of values.fault ?? []) {
    if (!(FAULT_SWITCH_IDS as readonly string[]).includes(fault)) return invalid(`--fault must be one of ${FAULT_SWITCH_IDS.join(', ')}.`);
    faults[fault as FaultSwitch] = true;
  }

  const clientId = values['client-id'] ?? file.clientId ?? DEFAULT_CLIENT_ID;
  const flagClient: RegisteredClient = {
    clientId,
    redirectUris: values['redirect-uri'] ?? DEFAULT_REDIRECT_URIS,
    postLogoutRedirectUris: values['post-logout-redirect-uri'] ?? DEFAULT_POST_LOGOUT_REDIRECT_URIS,
  };
  for (const uri of [...flagClient.redirectUris, ...flagClient.postLogoutRedirectUris]) {
    if (!isHttpUrl(uri)) return invalid(`--redirect-uri ${uri} is not an http(s) URL.`);
  }
  const flagsNameAClient = values['client-id'] !== undefined || values['redirect-uri'] !== undefined;
  const fileClients = file.server.clients && !flagsNameAClient ? file.server.clients : undefined;
  const service = serviceClientFlag(values['service-client']);
  if (service.outcome === 'invalid') return invalid(service.message);
  const clients = [...(fileClients ?? [flagClient]), ...(service.client ? [service.client] : [])];
  const duplicate = clients.find((client, index) => clients.findIndex((c) => c.clientId === client.clientId) !== index);
  if (duplicate) return invalid(`${service.client?.clientId === duplicate.clientId ? '--service-client' : 'server.clients'}: client_id ${duplicate.clientId} is registered twice.`);
  // The clients' metadata: the playground export's require-PAR for its client, then what server.clients registers.
  const metadata: Record<string, ClientProtocolMetadata> = {};
  for (const [id, read] of Object.entries(file.protocols?.clients ?? {})) if (clients.some((c) => c.clientId === id)) metadata[id] = read;
  for (const [id, read] of Object.entries(fileClients ? (file.server.clientMetadata ?? {}) : {})) metadata[id] = { ...metadata[id], ...read };
  const protocols: ProtocolSettings = { ...file.protocols, clients: metadata };

  return {
    outcome: 'valid',
    options: {
      port,
      host,
      allowRemote,
      ...(issuer !== undefined ? { issuer: issuer.replace(/\/+$/, '') } : {}),
      clients,
      users: [chosen, ...users.filter((u) => u !== chosen)],
      settings: {
        allowedScopes: values['allowed-scopes'] !== undefined ? splitScopes(values['allowed-scopes']) : (file.settings.allowedScopes ?? DEFAULT_MOCK_SETTINGS.allowedScopes),
        behaviour,
        disallowedScopes: disallowed ?? file.settings.disallowedScopes ?? DEFAULT_MOCK_SETTINGS.disallowedScopes,
        user: chosen.profile,
        loginPolicy: policy.policy ?? file.settings.loginPolicy ?? parsedDefaultPolicy(),
        clock: millis === undefined ? { kind: 'real' } : { kind: 'fixed', millis },
        randomness: seed === '' ? { kind: 'random' } : { kind: 'seeded', seed },
        // The pages' look, as the playground's mock pages have it (mocks/server/page-branding.ts).
        branding: file.settings.branding ?? DEFAULT_MOCK_SETTINGS.branding,
        protocols,
      } as ProviderSettings,
      faults,
      autoLogin: values['auto-login'] === true || file.server.autoLogin === true,
    },
  };
}

function parseFlags(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      config: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'allow-remote': { type: 'boolean' },
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      'post-logout-redirect-uri': { type: 'string', multiple: true },
      'service-client': { type: 'string' },
      profile: { type: 'string' },
      'allowed-scopes': { type: 'string' },
      'disallowed-scopes': { type: 'string' },
      'login-policy': { type: 'string' },
      user: { type: 'string' },
      'auto-login': { type: 'boolean' },
      seed: { type: 'string' },
      clock: { type: 'string' },
      fault: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
}

type PolicyFlag = { readonly outcome: 'valid'; readonly policy?: ProviderSettings['loginPolicy'] } | { readonly outcome: 'invalid'; readonly message: string };

/**
 * `--login-policy`: the policy as JSON (what the playground's "Login policy" editor holds), or the path
 * of a file holding it. A value that does not parse names the flag and the parser's reason.
 */
export function loginPolicyFlag(value: string | undefined, readFile: (path: string) => string): PolicyFlag {
  if (value === undefined) return { outcome: 'valid' };
  let text = value;
  if (!value.trimStart().startsWith('{')) {
    try {
      text = readFile(value);
    } catch {
      return { outcome: 'invalid', message: `--login-policy: "${value}" is neither a JSON object nor a file that can be read.` };
    }
  }
  const policy = parseLoginPolicy(text);
  if (policy.outcome === 'invalid') return { outcome: 'invalid', message: `--login-policy: ${policy.message}` };
  return { outcome: 'valid', policy: policy.policy };
}

type ServiceFlag = { readonly outcome: 'valid'; readonly client?: RegisteredClient } | { readonly outcome: 'invalid'; readonly message: string };

/**
 * `--service-client <id>:<secret>`: a confidential client for the client credentials grant (RFC 6749
 * §4.4), as the in-browser mock registers `playground-service`. A bad value is named by its flag,
 * never echoed: it holds a secret.
 */
export function serviceClientFlag(value: string | undefined): ServiceFlag {
  if (value === undefined) return { outcome: 'valid' };
  const colon = value.indexOf(':');
  const clientId = colon > 0 ? value.slice(0, colon) : '';
  const secret = colon > 0 ? value.slice(colon + 1) : '';
  if (clientId === '' || secret === '') return { outcome: 'invalid', message: '--service-client must be <client_id>:<secret>, both non-empty (the value is not shown: it holds a secret).' };
  return { outcome: 'valid', client: confidentialClient(clientId, secret) };
}

/** RFC 6749 §2.1: a confidential client that asks for tokens in its own name only: no redirect URI. */
function confidentialClient(clientId: string, secret: string, redirectUris: readonly string[] = [], postLogoutRedirectUris: readonly string[] = []): RegisteredClient {
  return { clientId, secret, redirectUris, postLogoutRedirectUris, grantTypes: ['client_credentials'] };
}

/** Whether the flags ask for the usage text only. */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

interface FileOptions {
  readonly clientId?: string;
  /** The export's `request.mock.protocols`, as the provider takes them (require-PAR is its client's metadata). */
  readonly protocols?: ProtocolSettings;
  readonly settings: Partial<Pick<MockSettings, 'allowedScopes' | 'behaviour' | 'disallowedScopes' | 'clock' | 'seed' | 'branding'>> & {
    readonly user?: UserProfile;
    readonly loginPolicy?: ProviderSettings['loginPolicy'];
  };
  readonly server: {
    readonly port?: number;
    readonly issuer?: string;
    readonly clients?: readonly RegisteredClient[];
    /** What `server.clients` registers beside redirect URIs and secrets: RFC 9126 §6, RFC 9101 keys. */
    readonly clientMetadata?: Readonly<Record<string, ClientProtocolMetadata>>;
    readonly users?: readonly ServerUser[];
    readonly faults?: Partial<MockFaults>;
    readonly autoLogin?: boolean;
  };
}

type FileRead = { outcome: 'valid'; file: FileOptions } | { outcome: 'invalid'; message: string };

/**
 * The options file: a playground export (`format`, `version`, `request`), read by the playground's own
 * import, plus an optional `server` object for what only a server has (port, clients, users, faults).
 */
export function readOptionsFile(text: string): FileRead {
  const imported = importConfiguration(text);
  if (imported.outcome === 'invalid') return imported;
  const raw = JSON.parse(text) as { request: { clientId?: unknown; mock?: Record<string, unknown> }; server?: unknown };
  const mock = raw.request.mock ?? {};
  const read = imported.request;
  const settings: FileOptions['settings'] = {};
  const pick = <K extends keyof FileOptions['settings']>(key: K, value: FileOptions['settings'][K]) => (key in mock ? { [key]: value } : {});
  Object.assign(
    settings,
    pick('allowedScopes', read.mock.allowedScopes),
    pick('behaviour', read.mock.behaviour),
    pick('disallowedScopes', read.mock.disallowedScopes),
    pick('clock', read.mock.clock),
    pick('seed', read.mock.seed),
    pick('branding', read.mock.branding),
  );
  if ('disallowedScopes' in mock && mock.disallowedScopes !== 'drop' && mock.disallowedScopes !== 'reject') {
    return { outcome: 'invalid', message: 'request.mock.disallowedScopes must be "drop" or "reject".' };
  }
  if ('clock' in mock && checkClock(read.mock.clock)) return { outcome: 'invalid', message: `request.mock.clock: ${checkClock(read.mock.clock)}` };
  if ('user' in mock || 'userText' in mock) {
    const user = parseUserProfile(read.mock.userText);
    if (user.outcome === 'invalid') return { outcome: 'invalid', message: `request.mock.user: ${user.message}` };
    Object.assign(settings, { user: user.profile });
  }
  if ('loginPolicy' in mock || 'loginPolicyText' in mock) {
    const policy = parseLoginPolicy(read.mock.loginPolicyText);
    if (policy.outcome === 'invalid') return { outcome: 'invalid', message: `request.mock.loginPolicy: ${policy.message}` };
    Object.assign(settings, { loginPolicy: policy.policy });
  }
  const server = readServerSection(raw.server);
  if (server.outcome === 'invalid') return server;
  const clientId = typeof raw.request.clientId === 'string' && raw.request.clientId !== '' ? raw.request.clientId : undefined;
  // The playground's mock settings for the protocols: require-PAR belongs to the client the export is for.
  const protocols = 'protocols' in mock ? { protocols: providerProtocolsOf(read.mock.protocols, clientId ?? DEFAULT_CLIENT_ID) } : {};
  return { outcome: 'valid', file: { ...(clientId ? { clientId } : {}), ...protocols, settings, server: server.server } };
}

type ServerSectionRead = { outcome: 'valid'; server: FileOptions['server'] } | { outcome: 'invalid'; message: string };

function readServerSection(value: unknown): ServerSectionRead {
  const bad = (message: string): ServerSectionRead => ({ outcome: 'invalid', message });
  if (value === undefined) return { outcome: 'valid', server: {} };
  if (!isPlainObject(value)) return bad('server must be an object.');
  const known = ['port', 'issuer', 'clients', 'users', 'faults', 'autoLogin'];
  const unknown = Object.keys(value).find((key) => !known.includes(key));
  if (unknown) return bad(`server.${unknown} is not an option; use ${known.join(', ')}.`);
  if (value.port !== undefined && !isPort(value.port)) return bad('server.port must be a whole number from 0 to 65535.');
  if (value.issuer !== undefined && !(typeof value.issuer === 'string' && isHttpUrl(value.issuer))) return bad('server.issuer must be an http(s) URL.');
  if (value.autoLogin !== undefined && typeof value.autoLogin !== 'boolean') return bad('server.autoLogin must be true or false.');

  let clients: RegisteredClient[] | undefined;
  const clientMetadata: Record<string, ClientProtocolMetadata> = {};
  if (value.clients !== undefined) {
    if (!Array.isArray(value.clients) || value.clients.length === 0) return bad('server.clients must be a non-empty list.');
    clients = [];
    for (const [index, client] of value.clients.entries()) {
      const at = `server.clients[${index}]`;
      const read = readFileClient(client, at);
      if (read.outcome === 'invalid') return read;
      if (clients.some((c) => c.clientId === read.client.clientId)) return bad(`${at}.clientId ${read.client.clientId} is registered twice.`);
      clients.push(read.client);
      if (Object.keys(read.metadata).length > 0) clientMetadata[read.client.clientId] = read.metadata;
    }
  }

  let users: ServerUser[] | undefined;
  if (value.users !== undefined) {
    if (!Array.isArray(value.users) || value.users.length === 0) return bad('server.users must be a non-empty list.');
    users = [];
    for (const [index, user] of value.users.entries()) {
      const at = `server.users[${index}]`;
      if (!isPlainObject(user)) return bad(`${at} must be an object.`);
      if (typeof user.name !== 'string' || !/^[\w.-]{1,64}$/.test(user.name)) return bad(`${at}.name must be 1 to 64 letters, digits, dots, dashes or underscores.`);
      if (users.some((u) => u.name === user.name)) return bad(`${at}.name "${user.name}" is used twice.`);
      const profile = parseUserProfile(JSON.stringify(user.profile ?? null));
      if (profile.outcome === 'invalid') return bad(`${at}.profile: ${profile.message}`);
      users.push({ name: user.name, label: typeof user.label === 'string' ? user.label : user.name, profile: profile.profile });
    }
  }

  let faults: Partial<Record<FaultSwitch, boolean>> | undefined;
  if (value.faults !== undefined) {
    if (!isPlainObject(value.faults)) return bad('server.faults must be an object of switches.');
    faults = {};
    for (const [name, on] of Object.entries(value.faults)) {
      if (!(FAULT_SWITCH_IDS as readonly string[]).includes(name)) return bad(`server.faults.${name} is not a fault; use ${FAULT_SWITCH_IDS.join(', ')}.`);
      if (typeof on !== 'boolean') return bad(`server.faults.${name} must be true or false.`);
      faults[name as FaultSwitch] = on;
    }
  }
  return {
    outcome: 'valid',
    server: {
      ...(value.port !== undefined ? { port: value.port } : {}),
      ...(value.issuer !== undefined ? { issuer: value.issuer } : {}),
      ...(clients ? { clients, clientMetadata } : {}),
      ...(users ? { users } : {}),
      ...(faults ? { faults } : {}),
      ...(value.autoLogin !== undefined ? { autoLogin: value.autoLogin } : {}),
    },
  };
}

type FileClientRead = { outcome: 'valid'; client: RegisteredClient; metadata: ClientProtocolMetadata } | { outcome: 'invalid'; message: string };

const CLIENT_FIELDS = ['clientId', 'redirectUris', 'postLogoutRedirectUris', 'clientSecret', 'grantTypes', 'requirePushedAuthorizationRequests', 'jwks'];

/**
 * One of `server.clients`: a public client with redirect URIs (PKCE), or, with `clientSecret` and
 * `grantTypes: ["client_credentials"]`, a confidential one for the client credentials grant (RFC
 * 6749 §4.4), which needs no redirect URI; either may carry protocol metadata (client-metadata.ts).
 */
function readFileClient(client: unknown, at: string): FileClientRead {
  const bad = (message: string): FileClientRead => ({ outcome: 'invalid', message });
  if (!isPlainObject(client)) return bad(`${at} must be an object.`);
  const unknown = Object.keys(client).find((key) => !CLIENT_FIELDS.includes(key));
  if (unknown) return bad(`${at}.${unknown} is not a client field; use ${CLIENT_FIELDS.join(', ')}.`);
  if (typeof client.clientId !== 'string' || client.clientId === '') return bad(`${at}.clientId must be non-empty text.`);
  if (client.grantTypes !== undefined && !(Array.isArray(client.grantTypes) && client.grantTypes.every((g) => g === 'client_credentials'))) {
    return bad(`${at}.grantTypes must be ["client_credentials"] or absent (authorization_code and refresh_token need only redirectUris).`);
  }
  const clientCredentials = Array.isArray(client.grantTypes) && client.grantTypes.length > 0;
  // The secret is never part of a message: only whether it is there.
  if (client.clientSecret !== undefined && (typeof client.clientSecret !== 'string' || client.clientSecret === '')) return bad(`${at}.clientSecret must be non-empty text.`);
  if (clientCredentials && client.clientSecret === undefined) return bad(`${at}.clientSecret is required with grantTypes client_credentials: that grant is for a confidential client (RFC 6749 section 4.4).`);
  const redirectUris = client.redirectUris ?? (clientCredentials ? [] : undefined);
  if (!isUrlList(redirectUris) || (!clientCredentials && redirectUris.length === 0)) return bad(`${at}.redirectUris must be a non-empty list of http(s) URLs.`);
  if (client.postLogoutRedirectUris !== undefined && !isUrlList(client.postLogoutRedirectUris)) return bad(`${at}.postLogoutRedirectUris must be a list of http(s) URLs.`);
  const metadata = readClientMetadata(client, at);
  if (metadata.outcome === 'invalid') return metadata;
  const postLogout = client.postLogoutRedirectUris ?? [];
  const registered: RegisteredClient =
    typeof client.clientSecret === 'string'
      ? { ...confidentialClient(client.clientId, client.clientSecret, redirectUris, postLogout), ...(clientCredentials ? {} : { grantTypes: [] }) }
      : { clientId: client.clientId, redirectUris, postLogoutRedirectUris: postLogout };
  return { outcome: 'valid', client: registered, metadata: metadata.metadata };
}

/** The user of the options file (or the seed user) first, then the playground's prepared users. */
function defaultUsers(fileUser: UserProfile | undefined): ServerUser[] {
  const prepared = PREPARED_USERS.map((u) => ({ name: u.name, label: u.label, profile: u.profile }));
  if (!fileUser) return prepared;
  const same = prepared.find((u) => u.profile.uuid === fileUser.uuid);
  const first: ServerUser = { name: same?.name ?? 'configured', label: same?.label ?? 'The user in the options file', profile: fileUser };
  return [first, ...prepared.filter((u) => u !== same)];
}

function parsedDefaultPolicy(): ProviderSettings['loginPolicy'] {
  const policy = parseLoginPolicy(DEFAULT_MOCK_SETTINGS.loginPolicyText);
  if (policy.outcome === 'invalid') throw new Error('The default login policy does not parse.');
  return policy.policy;
}

function isPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 65535;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isUrlList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && isHttpUrl(v));
}

/** 127.0.0.0/8, ::1 and localhost: the addresses only this machine reaches. */
export function isLoopback(address: string): boolean {
  const plain = address.replace(/^::ffff:/, '');
  return plain === 'localhost' || plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

function invalid(message: string): OptionsRead {
  return { outcome: 'invalid', message };
}
