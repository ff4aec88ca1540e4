import { JSON_LIMITS, measureDepth, textDepthExceeds } from './json-limits';

/**
 * One masking rule for every panel that shows a credential: values are found by parsing — JSON
 * members, form and query parameters, Authorization headers — never by a regular expression over
 * text, which an escaped quote (`\"`) or nesting slips past. Shown masked until a person chooses to
 * reveal them, so a screenshot or a shared screen does not expose a real token.
 */
const SECRET_NAMES: ReadonlySet<string> = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'code',
  'code_verifier',
  'client_secret',
  'client_assertion',
  'token',
  'id_token_hint',
  'logout_token',
  'device_code',
  'assertion',
]);

function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name);
}

/** Keeps the first characters so two values can still be told apart. */
export function maskValue(value: string): string {
  return value.length <= 8 ? '••••' : `${value.slice(0, 6)}…(${value.length} chars)`;
}

const TOO_DEEP = `(not shown: nested deeper than ${JSON_LIMITS.maxDepth} levels)`;

/** A copy of a parsed JSON value with every secret member's value masked, at any depth. */
export function maskJson(value: unknown): unknown {
  if (measureDepth(value).outcome !== 'within') return TOO_DEEP;
  return maskWithin(value);
}

function maskWithin(value: unknown, name?: string): unknown {
  if (typeof value === 'string') return name !== undefined && isSecretName(name) ? maskValue(value) : value;
  if (Array.isArray(value)) return value.map((item) => maskWithin(item, name));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, maskWithin(member, key)]));
  }
  return value;
}

/**
 * A message body as text, masked and pretty-printed: JSON is parsed and masked member by member,
 * a form body parameter by parameter; anything else is shown as it came.
 */
export function maskBody(text: string, options: { masked: boolean }): string {
  if (textDepthExceeds(text)) return TOO_DEEP;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return options.masked && looksLikeForm(text) ? maskParameters(text) : text;
  }
  return JSON.stringify(options.masked ? maskWithin(parsed) : parsed, null, 2);
}

/** `a=1&code=…`: masks the values of secret parameters, leaving the rest exactly as sent. */
export function maskParameters(text: string): string {
  return text
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      if (at < 0) return pair;
      const name = safeDecode(pair.slice(0, at));
      return isSecretName(name) ? `${pair.slice(0, at)}=${maskValue(safeDecode(pair.slice(at + 1)))}` : pair;
    })
    .join('&');
}

/** A URL with the values of secret query and fragment parameters masked (a callback's code, a hint). */
export function maskUrl(url: string): string {
  const query = url.indexOf('?');
  const hash = url.indexOf('#');
  if (query < 0 && hash < 0) return url;
  const end = hash < 0 ? url.length : hash;
  const base = url.slice(0, query < 0 ? end : query);
  const search = query < 0 || query > end ? '' : `?${maskParameters(url.slice(query + 1, end))}`;
  const fragment = hash < 0 ? '' : `#${maskParameters(url.slice(hash + 1))}`;
  return base + search + fragment;
}

/** An HTTP header's value, with the credential of an Authorization or DPoP header masked. */
export function maskHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'dpop') return maskValue(value);
  if (lower !== 'authorization') return value;
  const space = value.indexOf(' ');
  return space < 0 ? maskValue(value) : `${value.slice(0, space + 1)}${maskValue(value.slice(space + 1).trim())}`;
}

function looksLikeForm(text: string): boolean {
  return /^[^\s=&]+=[^\s]*$/.test(text);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
