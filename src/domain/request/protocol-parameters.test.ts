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
    expect(params.get('mock_protocols')).toBe('jwt_access_tokens');
    // RFC 9126 §6: require-PAR is the mock client's metadata, written under the metadata's name.
    expect(params.get('mock_client')).toBe('require_pushed_authorization_requests');
    const problems: string[] = [];
    expect(readProtocolParameters(params, problems)).toEqual({ protocols, mockProtocols: mock });
    expect(problems).toEqual([]);
  });

  it('still reads require_par from mock_protocols, as links made before it was client metadata carry it', () => {
    const problems: string[] = [];
    expect(readProtocolParameters(new URLSearchParams('mock_protocols=require_par'), problems).mockProtocols).toEqual({ requirePar: true, jwtAccessTokens: false });
    expect(problems).toEqual([]);
  });

  it('names unknown client metadata, and does not take an inherited member name for one', () => {
    const problems: string[] = [];
    const read = readProtocolParameters(new URLSearchParams('mock_client=constructor require_pushed_authorization_requests'), problems);
    expect(read.mockProtocols.requirePar).toBe(true);
    expect(problems).toEqual([expect.stringContaining('mock_client="constructor"')]);
  });

  it('names an unknown switch instead of dropping it silently', () => {
    const problems: string[] = [];
    const read = readProtocolParameters(new URLSearchParams('protocols=par jarm'), problems);
    expect(read.protocols.par).toBe(true);
    expect(problems).toEqual([expect.stringContaining('"jarm"')]);
  });
});
