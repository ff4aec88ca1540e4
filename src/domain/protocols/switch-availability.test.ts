import { describe, expect, it } from 'vitest';
import type { DiscoveryDocument } from '../provider/discovery-document';
import { reviveProtocolChoices } from './protocol-choices';
import { switchAvailability } from './switch-availability';

const base: DiscoveryDocument = { issuer: 'https://op.test', authorization_endpoint: 'https://op.test/auth' };

describe('which switches a provider offers', () => {
  it('offers every switch on the mock', () => {
    expect(switchAvailability('par', undefined, true)).toEqual({ availability: 'offered' });
  });

  it('does not know before discovery was fetched', () => {
    expect(switchAvailability('par', undefined, false)).toEqual({ availability: 'unknown' });
  });

  it('offers PAR only with a pushed_authorization_request_endpoint, and says when it is required (RFC 9126 §5)', () => {
    expect(switchAvailability('par', base, false)).toEqual({ availability: 'not-offered', reason: 'no-par-endpoint' });
    expect(switchAvailability('par', { ...base, pushed_authorization_request_endpoint: 'https://op.test/par' }, false)).toEqual({ availability: 'offered', required: false });
    expect(switchAvailability('par', { ...base, pushed_authorization_request_endpoint: 'https://op.test/par', require_pushed_authorization_requests: true }, false)).toEqual({
      availability: 'offered',
      required: true,
    });
  });
});

describe('DPoP from discovery', () => {
  it('offers DPoP when discovery lists ES256 among dpop_signing_alg_values_supported (RFC 9449 §5.1)', () => {
    expect(switchAvailability('dpop', base, false)).toEqual({ availability: 'not-offered', reason: 'no-dpop-es256' });
    expect(switchAvailability('dpop', { ...base, dpop_signing_alg_values_supported: ['EdDSA'] }, false)).toEqual({ availability: 'not-offered', reason: 'no-dpop-es256' });
    expect(switchAvailability('dpop', { ...base, dpop_signing_alg_values_supported: ['ES256', 'EdDSA'] }, false)).toEqual({ availability: 'offered' });
  });
});

describe('stored protocol choices', () => {
  it('reads only true as on', () => {
    const off = { par: false, dpop: false, fragment: false, clientCredentials: false };
    expect(reviveProtocolChoices({ par: true, dpop: true, fragment: true, clientCredentials: true })).toMatchObject({ par: true, dpop: true, fragment: true, clientCredentials: true });
    expect(reviveProtocolChoices({ par: 'yes', fragment: 1 })).toMatchObject(off);
    expect(reviveProtocolChoices(null)).toMatchObject(off);
  });

  it('offers the fragment unless response_modes_supported leaves it out (OIDC Discovery §3: omitted means query and fragment)', () => {
    expect(switchAvailability('fragment', base, false)).toEqual({ availability: 'offered' });
    expect(switchAvailability('fragment', { ...base, response_modes_supported: ['query'] }, false)).toEqual({ availability: 'not-offered', reason: 'no-fragment-mode' });
  });

  it('offers client credentials only when grant_types_supported lists it (RFC 8414 §2)', () => {
    expect(switchAvailability('clientCredentials', base, false)).toEqual({ availability: 'not-offered', reason: 'no-client-credentials-grant' });
    expect(switchAvailability('clientCredentials', { ...base, grant_types_supported: ['authorization_code', 'client_credentials'] }, false)).toEqual({ availability: 'offered' });
  });
});
