/**
 * Extra authorize parameters typed one per line as `name=value`. Parameters the playground sets
 * itself are refused: sending them twice would make the request ambiguous. Each refusal says
 * where the value is set instead, since some have a field of their own and some are made at launch.
 */
const SET_AT_LAUNCH = ['client_id', 'redirect_uri', 'response_type', 'state', 'nonce', 'code_challenge', 'code_challenge_method'];
const OWN_FIELD: Readonly<Record<string, string>> = {
  client_id: 'the Client ID field',
  scope: 'the Scopes panel',
  claims: 'the Claims request editor',
  prompt: 'the prompt field',
  max_age: 'the max_age field',
  login_hint: 'the login_hint field',
  ui_locales: 'the ui_locales field',
  acr_values: 'the acr_values field',
};
export const RESERVED_PARAMETERS = [...new Set([...SET_AT_LAUNCH, ...Object.keys(OWN_FIELD)])];

/** Parameters a request may carry more than once: RFC 8707 §2 `resource`, one per target service. */
export const REPEATABLE_PARAMETERS = ['resource'];

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
    const where = `Line ${index + 1}`;
    if (equals <= 0 || name === '') return { outcome: 'invalid', message: `${where}: write each parameter as name=value.` };
    if (name in OWN_FIELD) return { outcome: 'invalid', message: `${where}: ${name} has its own place; set it in ${OWN_FIELD[name]}.` };
    if (SET_AT_LAUNCH.includes(name)) {
      return { outcome: 'invalid', message: `${where}: ${name} is made by the playground at each launch and cannot be set here.` };
    }
    if (!REPEATABLE_PARAMETERS.includes(name) && parameters.some(([existing]) => existing === name)) {
      return { outcome: 'invalid', message: `${where}: ${name} is given twice; only ${REPEATABLE_PARAMETERS.join(', ')} may repeat (RFC 8707).` };
    }
    parameters.push([name, line.slice(equals + 1).trim()]);
  }
  return { outcome: 'valid', parameters };
}
