import { DEFAULT_PROTOCOL_CHOICES, type ProtocolChoices } from '../protocols/protocol-choices';
import { DEFAULT_MOCK_PROTOCOL_SETTINGS, type MockProtocolSettings } from '../protocols/mock-protocol-settings';

/**
 * The protocol switches and the mock's protocol settings as URL parameters (README, "Automation
 * contract"): `protocols` lists the switches that are on, `mock_protocols` the mock settings, each
 * space-separated, in snake case (`clientCredentials` → `client_credentials`). Neither holds a
 * secret or a key: those never leave the tab's memory.
 */
export const PROTOCOL_PARAMETER = 'protocols';
export const MOCK_PROTOCOL_PARAMETER = 'mock_protocols';

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The names of the members that are on, in snake case; undefined when none is. */
function onList(values: Readonly<Record<string, boolean>> | undefined): string | undefined {
  const on = Object.keys(values ?? {}).filter((name) => values?.[name] === true).map(snake);
  return on.length > 0 ? on.join(' ') : undefined;
}

export function writeProtocolParameters(choices: ProtocolChoices | undefined, mock: MockProtocolSettings | undefined, set: (name: string, value: string) => void): void {
  const protocols = onList(choices as unknown as Record<string, boolean> | undefined);
  const settings = onList(mock as unknown as Record<string, boolean> | undefined);
  if (protocols) set(PROTOCOL_PARAMETER, protocols);
  if (settings) set(MOCK_PROTOCOL_PARAMETER, settings);
}

/** Reads both parameters; a name it does not know is a problem to show, not silently dropped. */
export function readProtocolParameters(search: URLSearchParams, problems: string[]): { protocols: ProtocolChoices; mockProtocols: MockProtocolSettings } {
  return {
    protocols: readList(search, PROTOCOL_PARAMETER, DEFAULT_PROTOCOL_CHOICES, problems),
    mockProtocols: readList(search, MOCK_PROTOCOL_PARAMETER, DEFAULT_MOCK_PROTOCOL_SETTINGS, problems),
  };
}

function readList<T extends object>(search: URLSearchParams, parameter: string, defaults: T, problems: string[]): T {
  const result: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  // Only the on/off members are listed here; a richer choice (the request object) has its own parameters.
  const known = Object.keys(result).filter((key) => typeof result[key] === 'boolean');
  for (const word of (search.get(parameter) ?? '').split(' ').filter(Boolean)) {
    const name = known.find((key) => snake(key) === word);
    if (name) result[name] = true;
    else problems.push(`${parameter}="${word}" is not one of ${known.map(snake).join(', ')}; it was left out.`);
  }
  return result as T;
}
