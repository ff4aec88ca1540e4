import { DEFAULT_PROTOCOL_CHOICES } from './protocol-choices';
import { describe, expect, it } from 'vitest';
import type { DiscoveryDocument } from '../provider/discovery-document';
import { DEFAULT_REQUEST } from '../request/composed-request';
import { permalink } from '../request/permalink';
import { readUrlParameters } from '../request/url-parameters';
import { exportConfiguration, importConfiguration } from '../request/configuration-file';
import { readRequestObjectParameters, reviveRequestObjectChoice } from './request-object-choice';
import { requestObjectAvailability } from './request-object-availability';

const base = { issuer: 'https://op.test', authorization_endpoint: 'https://op.test/authorize', token_endpoint: 'https://op.test/token', jwks_uri: 'https://op.test/jwks' } as DiscoveryDocument;

describe('which request-object modes a provider offers (RFC 9101 §10.1, RFC 9126 §5)', () => {
  it('by value needs request_parameter_supported', () => {
    expect(requestObjectAvailability({ mode: 'value', alg: 'ES256' }, base, false)).toEqual({ availability: 'not-offered', reason: 'no-request-parameter' });
    expect(requestObjectAvailability({ mode: 'value', alg: 'ES256' }, { ...base, request_parameter_supported: true }, false)).toEqual({ availability: 'offered' });
  });

  it('by reference needs a PAR endpoint', () => {
    expect(requestObjectAvailability({ mode: 'reference', alg: 'ES256' }, { ...base, request_parameter_supported: true }, false)).toEqual({ availability: 'not-offered', reason: 'no-par-endpoint' });
    expect(requestObjectAvailability({ mode: 'reference', alg: 'ES256' }, { ...base, pushed_authorization_request_endpoint: 'https://op.test/par' }, false).availability).toBe('offered');
  });

  it('the algorithm must be listed when the document lists algorithms', () => {
    const doc = { ...base, request_parameter_supported: true, request_object_signing_alg_values_supported: ['RS256'] };
    expect(requestObjectAvailability({ mode: 'value', alg: 'ES256' }, doc, false)).toEqual({ availability: 'not-offered', reason: 'alg-not-listed' });
    expect(requestObjectAvailability({ mode: 'value', alg: 'RS256' }, doc, false).availability).toBe('offered');
  });

  it('HS256 needs a confidential client (its secret is the key, §4)', () => {
    const doc = { ...base, request_parameter_supported: true };
    expect(requestObjectAvailability({ mode: 'value', alg: 'HS256' }, doc, false)).toEqual({ availability: 'not-offered', reason: 'hs256-needs-secret' });
    expect(requestObjectAvailability({ mode: 'value', alg: 'HS256' }, doc, true).availability).toBe('offered');
  });

  it('off is always offered; without discovery a mode is not known', () => {
    expect(requestObjectAvailability({ mode: 'off', alg: 'ES256' }, undefined, false).availability).toBe('offered');
    expect(requestObjectAvailability({ mode: 'value', alg: 'ES256' }, undefined, false).availability).toBe('unknown');
  });
});

describe('the switch in links and files (never a key)', () => {
  const request = { ...DEFAULT_REQUEST, protocols: { ...DEFAULT_PROTOCOL_CHOICES, requestObject: { mode: 'reference', alg: 'RS256' } as const } };

  it('round-trips through a permalink', () => {
    const link = new URL(permalink('https://app.test/', request));
    expect(link.searchParams.get('request_object')).toBe('reference');
    expect(link.searchParams.get('request_object_alg')).toBe('RS256');
    expect(readUrlParameters(link.searchParams)?.request.protocols?.requestObject).toEqual({ mode: 'reference', alg: 'RS256' });
  });

  it('leaves the parameters out when off', () => {
    expect(new URL(permalink('https://app.test/', DEFAULT_REQUEST)).searchParams.has('request_object')).toBe(false);
  });

  it('round-trips through Export JSON, which holds no key material', () => {
    const text = exportConfiguration(request);
    expect(text).not.toMatch(/"d"|privateKey|secret/);
    const back = importConfiguration(text);
    expect(back.outcome === 'valid' && back.request.protocols?.requestObject).toEqual({ mode: 'reference', alg: 'RS256' });
  });

  it('reports a value it does not know and uses the default', () => {
    const problems: string[] = [];
    expect(readRequestObjectParameters(new URLSearchParams({ request_object: 'sideways', request_object_alg: 'none' }), problems)).toEqual({ mode: 'off', alg: 'ES256' });
    expect(problems).toHaveLength(2);
    expect(reviveRequestObjectChoice('junk')).toEqual({ mode: 'off', alg: 'ES256' });
  });
});
