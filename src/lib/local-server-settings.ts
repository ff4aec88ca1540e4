import { localServerSettingsUrl, readLocalServerSettings, sameLocalServerSettings, type LocalServerRead } from '../domain/flow/local-server-settings';
import type { DiscoveryDocument } from '../domain/provider/discovery-document';

/** Long enough for a loopback server under a test suite's load; a launch never waits longer for it. */
const SETTINGS_TIMEOUT_MS = 3000;

/**
 * At launch against a real provider that is the playground's mock run as a local server: reads the
 * settings it advertises in its discovery (mocks/server), so the run can be explained as a mock run.
 * Undefined for any other provider; a server that cannot be read is said so (never an exception).
 */
export async function readLocalServerAtLaunch(issuer: string, discovery: DiscoveryDocument): Promise<LocalServerRead | undefined> {
  const url = localServerSettingsUrl(issuer, discovery as unknown as Readonly<Record<string, unknown>>);
  if (!url) return undefined;
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(SETTINGS_TIMEOUT_MS) });
  } catch {
    return { outcome: 'unreadable', problem: { code: 'unreachable' } };
  }
  if (!response.ok) return { outcome: 'unreadable', problem: { code: 'status', status: response.status } };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { outcome: 'unreadable', problem: { code: 'invalid', field: 'the answer' } };
  }
  return readLocalServerSettings(body);
}

/**
 * When the sign-in comes back: the settings read at launch, if the server still holds them. The server
 * binds no settings to a sign-in, so a change in between is said rather than explained against a guess.
 */
export async function confirmLocalServerAtCallback(issuer: string, discovery: DiscoveryDocument, atLaunch: LocalServerRead | undefined): Promise<LocalServerRead | undefined> {
  if (atLaunch?.outcome !== 'read') return atLaunch;
  const now = await readLocalServerAtLaunch(issuer, discovery);
  if (!now || now.outcome === 'unreadable') return now;
  return sameLocalServerSettings(atLaunch.settings, now.settings) ? atLaunch : { outcome: 'unreadable', problem: { code: 'changed' } };
}
