import { PLAYGROUND_OWNED_PARAMETERS } from './authorize-parameters';

/**
 * Extra authorize parameters typed one per line as `name=value`. Parameters the playground sets
 * itself are refused: sending them twice would make the request ambiguous. Each refusal says
 * where the value is set instead, since some have a field of their own and some are made at launch.
 */

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
    const owner = Object.hasOwn(PLAYGROUND_OWNED_PARAMETERS, name) ? PLAYGROUND_OWNED_PARAMETERS[name] : undefined;
    if (owner?.setBy === 'field') return { outcome: 'invalid', message: `${where}: ${name} has its own place; set it in ${owner.place}.` };
    if (owner?.setBy === 'launch') {
      return { outcome: 'invalid', message: `${where}: ${name} is made by the playground at each launch and cannot be set here.` };
    }
    if (!REPEATABLE_PARAMETERS.includes(name) && parameters.some(([existing]) => existing === name)) {
      return { outcome: 'invalid', message: `${where}: ${name} is given twice; only ${REPEATABLE_PARAMETERS.join(', ')} may repeat (RFC 8707).` };
    }
    parameters.push([name, line.slice(equals + 1).trim()]);
  }
  return { outcome: 'valid', parameters };
}
