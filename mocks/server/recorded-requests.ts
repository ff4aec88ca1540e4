/** What the provider received, for a test to read back through the control API. */
export interface RecordedRequest {
  readonly at: string;
  readonly method: string;
  /** The endpoint, relative to the issuer (`/token`). */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly form: Readonly<Record<string, string>>;
  /** The Authorization header's scheme only (`Basic`, `Bearer`): never the credential. */
  readonly authorization: string | undefined;
}

/** Kept to this many, oldest dropped: a long suite must not grow the server without bound. */
export const RECORDED_LIMIT = 500;

/**
 * Credentials are withheld from what the control API hands back, since test reports and logs keep
 * it: a secret, a verifier or a token shows as its length only. Codes stay (a test compares them).
 */
const WITHHELD = new Set(['client_secret', 'code_verifier', 'refresh_token', 'access_token', 'token', 'id_token_hint', 'password', 'client_assertion']);

export function recordRequest(into: RecordedRequest[], request: Request, path: string, form: URLSearchParams): void {
  const url = new URL(request.url);
  into.push({
    at: new Date().toISOString(),
    method: request.method,
    path,
    query: masked(url.searchParams),
    form: masked(form),
    authorization: /^(\S+)/.exec(request.headers.get('Authorization') ?? '')?.[1],
  });
  if (into.length > RECORDED_LIMIT) into.splice(0, into.length - RECORDED_LIMIT);
}

function masked(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of params) out[name] = WITHHELD.has(name) ? `(withheld, ${value.length} characters)` : value;
  return out;
}
