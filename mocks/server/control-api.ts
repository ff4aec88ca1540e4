import { isBehaviourProfile, listBehaviourProfiles } from '../../src/domain/mock/behaviour-profile';
import { parseLoginPolicy } from '../../src/domain/mock/login-policy';
import { FAULT_SWITCH_IDS, type FaultSwitch } from '../../src/domain/mock/mock-faults';
import { parseUserProfile } from '../../src/domain/mock/user-profile';
import { checkClock, fixedClock } from '../../src/domain/request/run-clock';
import { isPlainObject } from '../../src/domain/text/json-values';
import type { MockProvider } from '../provider/provider';
import type { ProviderSettings } from '../provider/settings';
import type { RecordedRequest } from './recorded-requests';
import { readClientMetadata } from './client-metadata';
import { withClientMetadata } from '../provider/protocol-settings';
import { isLoopback, type ServerOptions, type ServerUser } from './server-options';

/** What the control API reads and changes: the provider's settings and faults, the users, the next sign-in. */
export interface ControlState {
  readonly provider: MockProvider;
  readonly options: ServerOptions;
  users: ServerUser[];
  /** Signs in without the login page at the next authorize request, then clears itself. */
  nextUser: ServerUser | undefined;
  readonly recorded: RecordedRequest[];
  /** Back to the options the server started with: settings, faults, users; forgets what it recorded. */
  reset(): void;
}

/**
 * The control API, for tests on this machine (README, "Run-time control"):
 * - `GET /` the current settings, users and armed faults
 * - `PUT /next-user` `{"user": name}`: the next sign-in is that user, without the login page
 * - `PUT /settings` any of `allowedScopes`, `behaviour`, `disallowedScopes`, `loginPolicy`, `user` (a name),
 *   `clients` (`{client_id: {requirePushedAuthorizationRequests?, jwks?}}`: a registered client's metadata)
 * - `PUT /users` `[{name, label?, profile}]`: adds users, or replaces those of the same name
 * - `PUT /faults` `{switch: true|false}`; `PUT /clock` `{"clock": ISO time | ""}`
 * - `GET /requests` what the provider received (credentials withheld); `DELETE /requests` forgets it
 * - `POST /reset` back to the start options
 */
export async function handleControl(state: ControlState, request: Request, path: string, remoteAddress: string): Promise<Response> {
  // The control API changes who signs in: only this machine may use it, whatever address the server binds.
  if (!isLoopback(remoteAddress)) return problem(403, 'The control API answers loopback clients only.');
  const route = `${request.method} ${path}`;
  if (route === 'GET /') return ok(snapshot(state));
  if (route === 'GET /requests') return ok({ requests: state.recorded });
  if (route === 'DELETE /requests') {
    state.recorded.length = 0;
    return ok({ requests: [] });
  }
  if (route === 'POST /reset') {
    state.reset();
    return ok(snapshot(state));
  }
  if (request.method !== 'PUT') return problem(404, 'No such control endpoint; see the README, "Run-time control".');
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return problem(400, 'The body must be JSON.');
  }
  if (!isPlainObject(body) && !(path === '/users' && Array.isArray(body))) return problem(400, 'The body must be a JSON object.');
  const change = applyChange(state, path, body);
  return typeof change === 'string' ? problem(400, change) : ok(snapshot(state));
}

/** Applies one change, or says what is wrong with it (naming the field) and changes nothing. */
function applyChange(state: ControlState, path: string, body: unknown): string | true {
  const object = isPlainObject(body) ? body : {};
  switch (path) {
    case '/next-user': {
      const user = state.users.find((u) => u.name === object.user);
      if (!user) return `user must be one of ${state.users.map((u) => u.name).join(', ')}.`;
      state.nextUser = user;
      return true;
    }
    case '/settings': {
      const next = settingsChange(state, object);
      if (typeof next === 'string') return next;
      state.provider.configure(next);
      return true;
    }
    case '/users': {
      if (!Array.isArray(body)) return 'The body must be a list of users.';
      const added: ServerUser[] = [];
      for (const [index, user] of body.entries()) {
        if (!isPlainObject(user) || typeof user.name !== 'string' || !/^[\w.-]{1,64}$/.test(user.name)) return `[${index}].name must be 1 to 64 letters, digits, dots, dashes or underscores.`;
        const profile = parseUserProfile(JSON.stringify(user.profile ?? null));
        if (profile.outcome === 'invalid') return `[${index}].profile: ${profile.message}`;
        added.push({ name: user.name, label: typeof user.label === 'string' ? user.label : user.name, profile: profile.profile });
      }
      state.users = [...state.users.filter((u) => !added.some((a) => a.name === u.name)), ...added];
      return true;
    }
    case '/faults': {
      const faults: Partial<Record<FaultSwitch, boolean>> = {};
      for (const [name, on] of Object.entries(object)) {
        if (!(FAULT_SWITCH_IDS as readonly string[]).includes(name)) return `${name} is not a fault; use ${FAULT_SWITCH_IDS.join(', ')}.`;
        if (typeof on !== 'boolean') return `${name} must be true or false.`;
        faults[name as FaultSwitch] = on;
      }
      state.provider.armFaults({ ...state.provider.armedFaults(), ...faults });
      return true;
    }
    case '/clock': {
      if (typeof object.clock !== 'string') return 'clock must be an ISO date and time, or "" for the real clock.';
      const problem = checkClock(object.clock);
      if (problem) return `clock: ${problem}`;
      const millis = fixedClock(object.clock);
      state.provider.configure({ ...state.provider.settings(), clock: millis === undefined ? { kind: 'real' } : { kind: 'fixed', millis } });
      return true;
    }
    default:
      return 'No such control endpoint; see the README, "Run-time control".';
  }
}

function settingsChange(state: ControlState, body: Record<string, unknown>): ProviderSettings | string {
  const known = ['allowedScopes', 'behaviour', 'disallowedScopes', 'loginPolicy', 'user', 'clients'];
  const unknown = Object.keys(body).find((key) => !known.includes(key));
  if (unknown) return `${unknown} is not a setting; use ${known.join(', ')}.`;
  let next = state.provider.settings();
  if ('allowedScopes' in body) {
    if (!Array.isArray(body.allowedScopes) || !body.allowedScopes.every((s) => typeof s === 'string')) return 'allowedScopes must be a list of scope names.';
    next = { ...next, allowedScopes: body.allowedScopes };
  }
  if ('behaviour' in body) {
    if (typeof body.behaviour !== 'string' || !isBehaviourProfile(body.behaviour)) return `behaviour must be ${listBehaviourProfiles()}.`;
    next = { ...next, behaviour: body.behaviour };
  }
  if ('disallowedScopes' in body) {
    if (body.disallowedScopes !== 'drop' && body.disallowedScopes !== 'reject') return 'disallowedScopes must be "drop" or "reject".';
    next = { ...next, disallowedScopes: body.disallowedScopes };
  }
  if ('loginPolicy' in body) {
    const policy = parseLoginPolicy(JSON.stringify(body.loginPolicy));
    if (policy.outcome === 'invalid') return `loginPolicy: ${policy.message}`;
    next = { ...next, loginPolicy: policy.policy };
  }
  if ('clients' in body) {
    if (!isPlainObject(body.clients)) return 'clients must be an object of client_id: metadata.';
    for (const [clientId, change] of Object.entries(body.clients)) {
      const at = `clients.${clientId}`;
      // Metadata of a client nobody registered would verify nothing: say so instead of keeping it.
      if (!state.options.clients.some((c) => c.clientId === clientId)) return `${at}: no client is registered with this client_id; use ${state.options.clients.map((c) => c.clientId).join(', ')}.`;
      if (!isPlainObject(change)) return `${at} must be an object.`;
      const unknownField = Object.keys(change).find((key) => key !== 'requirePushedAuthorizationRequests' && key !== 'jwks');
      if (unknownField) return `${at}.${unknownField} is not client metadata; use requirePushedAuthorizationRequests, jwks.`;
      const read = readClientMetadata(change, at);
      if (read.outcome === 'invalid') return read.message;
      next = withClientMetadata(next, clientId, read.metadata);
    }
  }
  if ('user' in body) {
    const index = state.users.findIndex((u) => u.name === body.user);
    if (index < 0) return `user must be one of ${state.users.map((u) => u.name).join(', ')}.`;
    // The default user is the first one offered, and the one signed in without a name.
    const [chosen] = state.users.splice(index, 1);
    state.users.unshift(chosen!);
    next = { ...next, user: chosen!.profile };
  }
  return next;
}

function snapshot(state: ControlState) {
  return {
    issuer: state.provider.issuerIdentifier(),
    settings: state.provider.settings(),
    faults: state.provider.armedFaults(),
    users: state.users.map((u) => ({ name: u.name, label: u.label, sub: u.profile.uuid })),
    nextUser: state.nextUser?.name ?? null,
  };
}

function ok(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
}

function problem(status: number, description: string): Response {
  return new Response(JSON.stringify({ error: status === 403 ? 'access_denied' : 'invalid_request', error_description: description }), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}
