import { DEFAULT_PROTOCOL_CHOICES, PROTOCOL_SWITCHES, type ProtocolChoices, type ProtocolSwitch } from '../protocols/protocol-choices';
import { DEFAULT_MOCK_PROTOCOL_SETTINGS, MOCK_PROTOCOL_SETTINGS, type MockProtocolSetting, type MockProtocolSettings } from '../protocols/mock-protocol-settings';

/**
 * The protocol switches and the mock's protocol settings as URL parameters (README, "Automation
 * contract"): `protocols` lists the switches that are on, `mock_protocols` the mock settings, each
 * space-separated. Neither holds a secret or a key: those never leave the tab's memory.
 */
export const PROTOCOL_PARAMETER = 'protocols';
export const MOCK_PROTOCOL_PARAMETER = 'mock_protocols';

const SWITCH_NAMES: Readonly<Record<ProtocolSwitch, string>> = { par: 'par', dpop: 'dpop', fragment: 'fragment', clientCredentials: 'client_credentials' };
const MOCK_SETTING_NAMES: Readonly<Record<MockProtocolSetting, string>> = { requirePar: 'require_par', jwtAccessTokens: 'jwt_access_tokens' };

export function writeProtocolParameters(choices: ProtocolChoices | undefined, mock: MockProtocolSettings | undefined, set: (name: string, value: string) => void): void {
  const on = PROTOCOL_SWITCHES.filter((name) => choices?.[name] === true).map((name) => SWITCH_NAMES[name]);
  if (on.length > 0) set(PROTOCOL_PARAMETER, on.join(' '));
  const settings = MOCK_PROTOCOL_SETTINGS.filter((name) => mock?.[name] === true).map((name) => MOCK_SETTING_NAMES[name]);
  if (mock !== undefined && settings.length > 0) set(MOCK_PROTOCOL_PARAMETER, settings.join(' '));
}

/** Reads both parameters; a name it does not know is a problem to show, not silently dropped. */
export function readProtocolParameters(search: URLSearchParams, problems: string[]): { protocols: ProtocolChoices; mockProtocols: MockProtocolSettings } {
  const protocols = readList(search.get(PROTOCOL_PARAMETER), SWITCH_NAMES, DEFAULT_PROTOCOL_CHOICES, PROTOCOL_PARAMETER, problems);
  const mockProtocols = readList(search.get(MOCK_PROTOCOL_PARAMETER), MOCK_SETTING_NAMES, DEFAULT_MOCK_PROTOCOL_SETTINGS, MOCK_PROTOCOL_PARAMETER, problems);
  return { protocols, mockProtocols };
}

function readList<K extends string>(value: string | null, names: Readonly<Record<K, string>>, defaults: Readonly<Record<K, boolean>>, parameter: string, problems: string[]): Record<K, boolean> {
  const result = { ...defaults } as Record<K, boolean>;
  if (value === null) return result;
  const byName = new Map(Object.entries(names).map(([key, name]) => [name as string, key as K]));
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const key = byName.get(word);
    if (key === undefined) problems.push(`${parameter}="${word}" is not one of ${[...byName.keys()].join(', ')}; it was left out.`);
    else result[key] = true;
  }
  return result;
}
