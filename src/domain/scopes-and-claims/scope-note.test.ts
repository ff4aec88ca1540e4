import { describe, expect, it } from 'vitest';
import { scopeNoteOf } from './scope-note';

describe('scopeNoteOf', () => {
  it('notes what openid and offline_access do, since they release no profile claims', () => {
    expect(scopeNoteOf('openid')).toEqual({ code: 'makes-openid-request' });
    expect(scopeNoteOf('offline_access')).toEqual({ code: 'asks-for-refresh-token' });
  });

  it('describes any other standard scope by the claims it releases (OIDC Core §5.4)', () => {
    expect(scopeNoteOf('email')).toEqual({ code: 'releases-claims', claims: ['email', 'email_verified'], withheld: [] });
  });

  it('lists all fourteen profile claims, or says which the provider does not release', () => {
    const all = scopeNoteOf('profile');
    expect(all).toMatchObject({ code: 'releases-claims', withheld: [] });
    expect(all.code === 'releases-claims' && all.claims).toHaveLength(14);
    expect(scopeNoteOf('profile', ['picture', 'website'])).toMatchObject({ withheld: ['picture', 'website'] });
  });
});
