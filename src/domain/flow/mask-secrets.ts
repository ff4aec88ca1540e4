import { JSON_LIMITS, measureDepth, textDepthExceeds } from '../text/json-limits';

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

/**
 * Client credentials are masked whole, with no leading characters: a client secret does not expire,
 * and the start of a Basic credential is the start of `client_id:client_secret`.
 */
const FULLY_MASKED = '••••';

/**
 * What the recorder keeps instead of a client secret that was sent: the secret lives only in the
 * tab's memory, so the record of a call (the sequence diagram, copy as curl, the stored run) never
 * holds it, even when tokens are revealed.
 */
export const WITHHELD_CLIENT_SECRET = 'CLIENT_SECRET_WITHHELD';
/** Likewise for the credential of an `Authorization: Basic` header (RFC 6749 §2.3.1). */
export const WITHHELD_BASIC_CREDENTIAL = 'CLIENT_ID_AND_SECRET_WITHHELD';

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
  if (typeof value === 'string' && name === 'client_secret') return FULLY_MASKED;
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
      if (name === 'client_secret') return `${pair.slice(0, at)}=${FULLY_MASKED}`;
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
  if (space > 0 && value.slice(0, space).toLowerCase() === 'basic') return `${value.slice(0, space + 1)}${FULLY_MASKED}`;
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

/**
 * A request as recorded, with the client's credentials withheld: the credential of an
 * `Authorization: Basic` header (client_secret_basic, RFC 6749 §2.3.1,
 * https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1) and a `client_secret` form parameter
 * (client_secret_post). Everything else stays exactly as sent.
 */
export function withholdClientCredentials<T extends { readonly requestHeaders: Readonly<Record<string, string>>; readonly requestBody: string | undefined }>(
  sent: T,
): T {
  const requestHeaders = Object.fromEntries(
    Object.entries(sent.requestHeaders).map(([name, value]) =>
      name.toLowerCase() === 'authorization' && /^basic\s/i.test(value) ? [name, `${value.slice(0, 5)} ${WITHHELD_BASIC_CREDENTIAL}`] : [name, value],
    ),
  );
  const requestBody =
    sent.requestBody !== undefined && looksLikeForm(sent.requestBody)
      ? sent.requestBody
          .split('&')
          .map((pair) => {
            const at = pair.indexOf('=');
            return at >= 0 && safeDecode(pair.slice(0, at)) === 'client_secret' ? `${pair.slice(0, at)}=${WITHHELD_CLIENT_SECRET}` : pair;
          })
          .join('&')
      : sent.requestBody;
  return { ...sent, requestHeaders, requestBody };
}
