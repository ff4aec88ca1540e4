import { isBehaviourProfile, type BehaviourProfile } from '../mock/behaviour-profile';
import { parseLoginPolicy, type LoginPolicy } from '../mock/login-policy';
import { parseUserProfile, type UserProfile } from '../mock/user-profile';
import { isMockIssuer, type ComposedRequest } from '../request/composed-request';
import { parseClaimsRequest, type ClaimsRequest } from '../scopes-and-claims/parse-claims-request';
import { readLocalServerSettings, type LocalServerProblem, type LocalServerRead } from './local-server-settings';

/**
 * What a sign-in was launched with, parsed once from the composed text at launch. Everything that
 * explains the run reads these values, never the text: text edited or broken later cannot change
 * what a finished run means.
 */
export interface RunSettings {
  /** The `claims` request sent (OIDC Core §5.5); absent when none was composed. */
  readonly claimsRequest?: ClaimsRequest;
  /** The mock's settings for this sign-in; absent for a real provider, whose settings are its own. */
  readonly mock?: MockRunSettings;
  /**
   * A real provider that is the playground's mock run as a local server: its settings as it reported
   * them when the sign-in started, or why they could not be read (local-server-settings.ts).
   */
  readonly localServer?: LocalServerRead;
}

export interface MockRunSettings {
  readonly behaviour: BehaviourProfile;
  readonly loginPolicy: LoginPolicy;
  readonly user: UserProfile;
}

export type RunSettingsRead =
  | { readonly outcome: 'ready'; readonly settings: RunSettings }
  | { readonly outcome: 'refused'; readonly problems: readonly string[] };

/** Parses the composed request's texts once, at launch; a text that does not parse refuses the launch. */
export function runSettingsOf(request: ComposedRequest): RunSettingsRead {
  const claims = parseClaimsRequest(request.claimsText);
  const problems: string[] = [];
  if (claims.outcome === 'invalid') problems.push(`Claims request: ${claims.error.message}`);
  let mock: MockRunSettings | undefined;
  if (isMockIssuer(request.issuer)) {
    const user = parseUserProfile(request.mock.userText);
    const loginPolicy = parseLoginPolicy(request.mock.loginPolicyText);
    if (user.outcome === 'invalid') problems.push(`Mock user profile: ${user.message}`);
    if (loginPolicy.outcome === 'invalid') problems.push(`Login policy: ${loginPolicy.message}`);
    if (user.outcome === 'valid' && loginPolicy.outcome === 'valid') {
      mock = { behaviour: request.mock.behaviour, loginPolicy: loginPolicy.policy, user: user.profile };
    }
  }
  if (problems.length > 0) return { outcome: 'refused', problems };
  return {
    outcome: 'ready',
    settings: {
      ...(claims.outcome === 'valid' ? { claimsRequest: claims.request } : {}),
      ...(mock ? { mock } : {}),
    },
  };
}

/**
 * The settings of a stored run, checked before use. Stored values are held to the same parsers as
 * typed text (a round trip through JSON), so storage cannot smuggle in what a person could not type.
 * A run stored before runs carried their settings is revived from its request's text when that
 * still parses; otherwise it is set aside (undefined), never explained against a default.
 */
export function reviveRunSettings(value: unknown, request: ComposedRequest): RunSettings | undefined {
  if (value === undefined) {
    const read = runSettingsOf(request);
    return read.outcome === 'ready' ? read.settings : undefined;
  }
  if (!isRecord(value)) return undefined;
  const settings: { claimsRequest?: ClaimsRequest; mock?: MockRunSettings; localServer?: LocalServerRead } = {};
  if (value.claimsRequest !== undefined) {
    const claims = parseClaimsRequest(JSON.stringify(value.claimsRequest));
    if (claims.outcome !== 'valid') return undefined;
    settings.claimsRequest = claims.request;
  }
  if (value.mock !== undefined) {
    const { mock } = value;
    if (!isRecord(mock) || typeof mock.behaviour !== 'string' || !isBehaviourProfile(mock.behaviour)) return undefined;
    const user = parseUserProfile(JSON.stringify(mock.user ?? null));
    const loginPolicy = parseLoginPolicy(JSON.stringify(mock.loginPolicy ?? null));
    if (user.outcome !== 'valid' || loginPolicy.outcome !== 'valid') return undefined;
    settings.mock = { behaviour: mock.behaviour, loginPolicy: loginPolicy.policy, user: user.profile };
  } else if (isMockIssuer(request.issuer)) {
    // A mock run without the mock's settings could only be explained against a guess.
    return undefined;
  }
  if (value.localServer !== undefined) {
    const localServer = reviveLocalServer(value.localServer);
    if (!localServer) return undefined;
    settings.localServer = localServer;
  }
  return settings;
}

/** A stored local server read: its settings through the same reader as the server's answer, or a known problem. */
function reviveLocalServer(value: unknown): LocalServerRead | undefined {
  if (!isRecord(value)) return undefined;
  if (value.outcome === 'read') {
    const read = readLocalServerSettings(value.settings);
    return read.outcome === 'read' ? read : undefined;
  }
  if (value.outcome !== 'unreadable' || !isRecord(value.problem)) return undefined;
  const { problem } = value;
  const known: LocalServerProblem | undefined =
    problem.code === 'unreachable'
      ? { code: 'unreachable' }
      : problem.code === 'status' && typeof problem.status === 'number'
        ? { code: 'status', status: problem.status }
        : problem.code === 'invalid' && typeof problem.field === 'string'
          ? { code: 'invalid', field: problem.field }
          : problem.code === 'changed'
            ? { code: 'changed' }
            : undefined;
  return known ? { outcome: 'unreadable', problem: known } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
