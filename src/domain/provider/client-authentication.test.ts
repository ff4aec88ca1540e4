import { describe, expect, it } from 'vitest';
import { resolveClientAuthentication } from './client-authentication';

const ALL = ['none', 'client_secret_basic', 'client_secret_post', 'private_key_jwt'];

describe('resolveClientAuthentication', () => {
  it('prefers client_secret_basic when discovery lists both and a secret is given', () => {
    expect(resolveClientAuthentication('auto', ALL, true)).toEqual({ method: 'client_secret_basic', reason: 'discovery-basic' });
  });
  it('uses client_secret_post when it is the only secret method listed', () => {
    expect(resolveClientAuthentication('auto', ['none', 'client_secret_post'], true)).toEqual({ method: 'client_secret_post', reason: 'discovery-post' });
  });
  it('falls back to RFC 8414’s default, client_secret_basic, when discovery lists nothing', () => {
    expect(resolveClientAuthentication('auto', undefined, true)).toEqual({ method: 'client_secret_basic', reason: 'default-basic' });
  });
  it('is a public client when no secret is given and none is offered', () => {
    expect(resolveClientAuthentication('auto', ALL, false)).toEqual({ method: 'none', reason: 'public' });
    expect(resolveClientAuthentication('auto', undefined, false)).toEqual({ method: 'none', reason: 'public' });
  });
  it('goes ahead as a public client when discovery does not list none and no secret is given', () => {
    expect(resolveClientAuthentication('auto', ['client_secret_basic'], false)).toEqual({ method: 'none', reason: 'none-not-listed' });
  });
  it('says a secret cannot be used when discovery lists neither secret method', () => {
    expect(resolveClientAuthentication('auto', ['none', 'private_key_jwt'], true)).toEqual({ method: 'none', reason: 'secret-not-usable' });
  });
  it('lets the person override discovery', () => {
    expect(resolveClientAuthentication('client_secret_post', ALL, true)).toEqual({ method: 'client_secret_post', reason: 'chosen' });
    expect(resolveClientAuthentication('none', ALL, true)).toEqual({ method: 'none', reason: 'chosen' });
  });
});
