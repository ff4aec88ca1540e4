/** Names whose values are credentials: shown masked until a person chooses to reveal them. */
const SECRET_NAMES = ['access_token', 'refresh_token', 'id_token', 'code', 'code_verifier', 'client_secret', 'token', 'id_token_hint'];

/** Keeps the first characters so two values can still be told apart. */
export function maskValue(value: string): string {
  return value.length <= 8 ? '••••' : `${value.slice(0, 6)}…(${value.length} chars)`;
}

/**
 * Masks credentials wherever they appear in raw HTTP text: JSON members, form or query
 * parameters, and Bearer authorization values.
 */
export function maskSecrets(text: string): string {
  const names = SECRET_NAMES.join('|');
  return text
    .replace(new RegExp(`("(?:${names})"\\s*:\\s*")([^"]+)(")`, 'g'), (_, open: string, value: string, close: string) => open + maskValue(value) + close)
    .replace(new RegExp(`((?:^|[?&\\s])(?:${names})=)([^&\\s]+)`, 'g'), (_, name: string, value: string) => name + maskValue(value))
    .replace(/(Bearer\s+)([^\s"]+)/gi, (_, prefix: string, value: string) => prefix + maskValue(value));
}
