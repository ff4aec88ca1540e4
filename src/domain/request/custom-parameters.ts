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
    const owned = ownedParameterNamed(name);
    if (owned) {
      const named = owned.name === name ? name : `${name} (${owned.name} in another case, which a server may read as ${owned.name})`;
      if (owned.owner.setBy === 'field') return { outcome: 'invalid', message: `${where}: ${named} has its own place; set it in ${owned.owner.place}.` };
      return { outcome: 'invalid', message: `${where}: ${named} is made by the playground at each launch and cannot be set here.` };
    }
    if (!REPEATABLE_PARAMETERS.includes(name) && parameters.some(([existing]) => existing === name)) {
      return { outcome: 'invalid', message: `${where}: ${name} is given twice; only ${REPEATABLE_PARAMETERS.join(', ')} may repeat (RFC 8707).` };
    }
    parameters.push([name, line.slice(equals + 1).trim()]);
  }
  return { outcome: 'valid', parameters };
}

/**
 * The owned parameter a typed name is, whatever its case. OAuth names are case-sensitive (RFC 6749
 * §3.1 compares them exactly), but some servers and frameworks read query names without case: for
 * them `STATE` would be a second `state`, which RFC 6749 §3.1 forbids.
 * https://www.rfc-editor.org/rfc/rfc6749#section-3.1
 */
function ownedParameterNamed(name: string): { name: string; owner: (typeof PLAYGROUND_OWNED_PARAMETERS)[string] } | undefined {
  const lower = name.toLowerCase();
  const match = Object.keys(PLAYGROUND_OWNED_PARAMETERS).find((owned) => owned.toLowerCase() === lower);
  const owner = match === undefined ? undefined : PLAYGROUND_OWNED_PARAMETERS[match];
  return match === undefined || owner === undefined ? undefined : { name: match, owner };
}
