import type { ScopeNote } from '../scopes-and-claims/scope-note';

// Apart from the results' scope verdicts (scope-messages.ts): the compose screen's first paint shows
// these lines, not the verdicts (issue 29).

/** The scope picker's line beside a standard scope. */
export function scopeNoteText(note: ScopeNote): string {
  switch (note.code) {
    case 'makes-openid-request':
      // OIDC Core §3.1.2.1: openid is what makes it OpenID Connect; iss, aud, auth_time… are the provider's to set, not the scope's.
      return 'Makes the request an OpenID Connect one: an id_token comes back, with sub, the user’s identifier.';
    case 'asks-for-refresh-token':
      return 'Asks for a refresh token to use while the user is away.';
    case 'releases-claims':
      return note.withheld.length > 0 ? `${note.claims.join(', ')} (not released here: ${note.withheld.join(', ')})` : note.claims.join(', ');
  }
}
