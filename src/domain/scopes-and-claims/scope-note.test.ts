import { describe, expect, it } from 'vitest';
import { scopeNoteOf } from './scope-note';

describe('scopeNoteOf', () => {
  it('notes what openid and offline_access do, since they release no profile claims', () => {
    expect(scopeNoteOf('openid')).toEqual({ code: 'makes-openid-request' });
    expect(scopeNoteOf('offline_access')).toEqual({ code: 'asks-for-refresh-token' });
  });

  it('describes any other standard scope by the claims it releases (OIDC Core §5.4)', () => {
    expect(scopeNoteOf('email')).toEqual({ code: 'releases-claims', claims: ['email', 'email_verified'] });
  });
});
