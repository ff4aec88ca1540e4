import type { DiscoveryDocument } from '../provider/discovery-document';
import type { RequestObjectAlgorithm } from './request-object';

/**
 * The request-object control of the compose screen (RFC 9101, https://www.rfc-editor.org/rfc/rfc9101):
 * off, by value (`request` in the authorize URL, §5.1), or by reference through PAR (the object is
 * pushed, the browser carries `request_uri`, RFC 9126 §3). What travels in a permalink and a file:
 * the mode and the algorithm, never a key or a secret.
 */
export type RequestObjectMode = 'off' | 'value' | 'reference';
export const REQUEST_OBJECT_MODES: readonly RequestObjectMode[] = ['off', 'value', 'reference'];

export interface RequestObjectChoice {
  readonly mode: RequestObjectMode;
  readonly alg: RequestObjectAlgorithm;
}

export const DEFAULT_REQUEST_OBJECT_CHOICE: RequestObjectChoice = { mode: 'off', alg: 'ES256' };
const ALGORITHMS: readonly RequestObjectAlgorithm[] = ['ES256', 'RS256', 'HS256'];

export function reviveRequestObjectChoice(value: unknown): RequestObjectChoice {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const mode = REQUEST_OBJECT_MODES.find((m) => m === stored.mode) ?? DEFAULT_REQUEST_OBJECT_CHOICE.mode;
  const alg = ALGORITHMS.find((a) => a === stored.alg) ?? DEFAULT_REQUEST_OBJECT_CHOICE.alg;
  return { mode, alg };
}

/** Why a provider does not offer a mode, from its discovery document. */
export type RequestObjectUnavailable = 'no-request-parameter' | 'alg-not-listed' | 'no-par-endpoint' | 'hs256-needs-secret';

export type RequestObjectAvailability =
  | { readonly availability: 'offered' }
  | { readonly availability: 'not-offered'; readonly reason: RequestObjectUnavailable }
  | { readonly availability: 'unknown' };

/**
 * Whether a mode can be used, and why not:
 * - by value: `request_parameter_supported` (OIDC Discovery §3: absent means false);
 * - by reference: a PAR endpoint (RFC 9126 §5) — the pushed body carries `request` (RFC 9126 §3);
 * - both: the algorithm in `request_object_signing_alg_values_supported` when the document lists it
 *   (RFC 9101 §10.1), and HS256 only for a confidential client, whose secret is the key (§4).
 * The mock's client is public and verifies ES256 and RS256: its discovery decides as any other's.
 */
export function requestObjectAvailability(choice: RequestObjectChoice, discovery: DiscoveryDocument | undefined, confidential: boolean): RequestObjectAvailability {
  if (choice.mode === 'off') return { availability: 'offered' };
  if (choice.alg === 'HS256' && !confidential) return { availability: 'not-offered', reason: 'hs256-needs-secret' };
  if (!discovery) return { availability: 'unknown' };
  if (choice.mode === 'value' && discovery.request_parameter_supported !== true) return { availability: 'not-offered', reason: 'no-request-parameter' };
  if (choice.mode === 'reference' && !discovery.pushed_authorization_request_endpoint) return { availability: 'not-offered', reason: 'no-par-endpoint' };
  const listed = discovery.request_object_signing_alg_values_supported;
  if (listed && !listed.includes(choice.alg)) return { availability: 'not-offered', reason: 'alg-not-listed' };
  return { availability: 'offered' };
}

/** The permalink's parameters (`request_object=value|reference`, `request_object_alg`); defaults are left out. */
export function writeRequestObjectParameters(choice: RequestObjectChoice | undefined, set: (name: string, value: string) => void): void {
  if (!choice || choice.mode === 'off') return;
  set('request_object', choice.mode);
  if (choice.alg !== DEFAULT_REQUEST_OBJECT_CHOICE.alg) set('request_object_alg', choice.alg);
}

export const REQUEST_OBJECT_PARAMETERS = ['request_object', 'request_object_alg'] as const;

/** Reads them back; a value that is not one of the choices is reported and the default used. */
export function readRequestObjectParameters(search: URLSearchParams, problems: string[]): RequestObjectChoice {
  const mode = search.get('request_object');
  const alg = search.get('request_object_alg');
  const choice = reviveRequestObjectChoice({ mode: mode ?? undefined, alg: alg ?? undefined });
  if (mode !== null && choice.mode !== mode) problems.push(`request_object="${mode}" is not value or reference; request objects are off.`);
  if (alg !== null && choice.alg !== alg) problems.push(`request_object_alg="${alg}" is not ES256, RS256 or HS256; using ES256.`);
  return choice;
}
