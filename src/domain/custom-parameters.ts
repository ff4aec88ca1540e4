/**
 * Extra authorize parameters typed one per line as `name=value`. Parameters the playground sets
 * itself are refused: sending them twice would make the request ambiguous.
 */
export const RESERVED_PARAMETERS = [
  'client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method',
  'claims', 'prompt', 'max_age', 'login_hint', 'ui_locales', 'acr_values',
];

export type CustomParametersParse =
  | { outcome: 'valid'; parameters: ReadonlyArray<readonly [string, string]> }
  | { outcome: 'invalid'; message: string };

export function parseCustomParameters(text: string): CustomParametersParse {
  const parameters: Array<readonly [string, string]> = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const equals = line.indexOf('=');
    const name = equals < 0 ? line : line.slice(0, equals).trim();
    if (equals <= 0 || name === '') return { outcome: 'invalid', message: `Line ${index + 1}: write each parameter as name=value.` };
    if (RESERVED_PARAMETERS.includes(name)) {
      return { outcome: 'invalid', message: `Line ${index + 1}: ${name} is set by the playground; use its own field instead.` };
    }
    if (parameters.some(([existing]) => existing === name)) return { outcome: 'invalid', message: `Line ${index + 1}: ${name} is given twice.` };
    parameters.push([name, line.slice(equals + 1).trim()]);
  }
  return { outcome: 'valid', parameters };
}
