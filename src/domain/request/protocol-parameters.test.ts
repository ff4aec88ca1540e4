import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL_CHOICES } from '../protocols/protocol-choices';
import { DEFAULT_MOCK_PROTOCOL_SETTINGS } from '../protocols/mock-protocol-settings';
import { readProtocolParameters, writeProtocolParameters } from './protocol-parameters';

function written(...args: Parameters<typeof writeProtocolParameters>extends [infer A, infer B, unknown] ? [A, B] : never): URLSearchParams {
  const params = new URLSearchParams();
  writeProtocolParameters(args[0], args[1], (name, value) => params.set(name, value));
  return params;
}

describe('protocol parameters of a permalink', () => {
  it('writes nothing when every switch is off', () => {
    expect(written(DEFAULT_PROTOCOL_CHOICES, DEFAULT_MOCK_PROTOCOL_SETTINGS).toString()).toBe('');
  });

  it('round-trips the switches and the mock settings that are on', () => {
    const protocols = { ...DEFAULT_PROTOCOL_CHOICES, fragment: true, clientCredentials: true };
    const mock = { requirePar: true, jwtAccessTokens: true };
    const params = written(protocols, mock);
    expect(params.get('protocols')).toBe('fragment client_credentials');
    expect(params.get('mock_protocols')).toBe('require_par jwt_access_tokens');
    const problems: string[] = [];
    expect(readProtocolParameters(params, problems)).toEqual({ protocols, mockProtocols: mock });
    expect(problems).toEqual([]);
  });

  it('names an unknown switch instead of dropping it silently', () => {
    const problems: string[] = [];
    const read = readProtocolParameters(new URLSearchParams('protocols=par jarm'), problems);
    expect(read.protocols.par).toBe(true);
    expect(problems).toEqual([expect.stringContaining('"jarm"')]);
  });
});
