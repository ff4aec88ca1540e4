import { DEFAULT_PROTOCOL_CHOICES, type ProtocolChoices } from '../protocols/protocol-choices';
import { DEFAULT_MOCK_PROTOCOL_SETTINGS, type MockProtocolSetting, type MockProtocolSettings } from '../protocols/mock-protocol-settings';

/**
 * The protocol switches and the mock's protocol settings as URL parameters (README, "Automation
 * contract"): `protocols` lists the switches that are on, `mock_protocols` the mock's server
 * settings, `mock_client` the metadata its client is registered with, each space-separated, in
 * snake case (`clientCredentials` → `client_credentials`). None holds a secret or a key: those never
 * leave the tab's memory.
 */
export const PROTOCOL_PARAMETER = 'protocols';
export const MOCK_PROTOCOL_PARAMETER = 'mock_protocols';
export const MOCK_CLIENT_PARAMETER = 'mock_client';

/**
 * The mock settings that are its client's registration metadata, under the metadata's own names
 * (RFC 9126 §6, https://www.rfc-editor.org/rfc/rfc9126#section-6). Links made before it was client
 * metadata carry it in mock_protocols as `require_par`, which is still read.
 */
const MOCK_CLIENT_METADATA: Readonly<Record<string, MockProtocolSetting>> = { require_pushed_authorization_requests: 'requirePar' };
const isClientMetadata = (setting: string) => Object.values(MOCK_CLIENT_METADATA).includes(setting as MockProtocolSetting);

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The names of the members that are on, in snake case; undefined when none is. */
function onList(values: Readonly<Record<string, boolean>> | undefined): string | undefined {
  const on = Object.keys(values ?? {}).filter((name) => values?.[name] === true).map(snake);
  return on.length > 0 ? on.join(' ') : undefined;
}

export function writeProtocolParameters(choices: ProtocolChoices | undefined, mock: MockProtocolSettings | undefined, set: (name: string, value: string) => void): void {
  const protocols = onList(choices as unknown as Record<string, boolean> | undefined);
  const server = onList(Object.fromEntries(Object.entries(mock ?? {}).filter(([name]) => !isClientMetadata(name))));
  const client = Object.keys(MOCK_CLIENT_METADATA).filter((name) => mock?.[MOCK_CLIENT_METADATA[name]!] === true);
  if (protocols) set(PROTOCOL_PARAMETER, protocols);
  if (server) set(MOCK_PROTOCOL_PARAMETER, server);
  if (client.length > 0) set(MOCK_CLIENT_PARAMETER, client.join(' '));
}

/** Reads both parameters; a name it does not know is a problem to show, not silently dropped. */
export function readProtocolParameters(search: URLSearchParams, problems: string[]): { protocols: ProtocolChoices; mockProtocols: MockProtocolSettings } {
  // Every mock setting is still read from mock_protocols, so an older link keeps its require_par.
  const mockProtocols: Record<string, boolean> = { ...readList(search, MOCK_PROTOCOL_PARAMETER, DEFAULT_MOCK_PROTOCOL_SETTINGS, problems) };
  for (const word of (search.get(MOCK_CLIENT_PARAMETER) ?? '').split(' ').filter(Boolean)) {
    const setting = Object.hasOwn(MOCK_CLIENT_METADATA, word) ? MOCK_CLIENT_METADATA[word] : undefined;
    if (setting) mockProtocols[setting] = true;
    else problems.push(`${MOCK_CLIENT_PARAMETER}="${word}" is not one of ${Object.keys(MOCK_CLIENT_METADATA).join(', ')}; it was left out.`);
  }
  return { protocols: readList(search, PROTOCOL_PARAMETER, DEFAULT_PROTOCOL_CHOICES, problems), mockProtocols: mockProtocols as unknown as MockProtocolSettings };
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
