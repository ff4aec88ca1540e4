import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, type ComposedRequest } from '../../domain/request/composed-request';
import type { BehaviourProfile } from '../../domain/mock/behaviour-profile';
import { ScopePicker } from './scope-picker';

function renderUnder(behaviour: BehaviourProfile, issuer = DEFAULT_REQUEST.issuer) {
  const request: ComposedRequest = { ...DEFAULT_REQUEST, issuer, mock: { ...DEFAULT_REQUEST.mock, behaviour } };
  render(<ScopePicker request={request} update={() => undefined} problems={[]} />);
}

const noteOf = (scope: string) => screen.getByText(scope, { selector: '.scope-name' }).closest('li')?.querySelector('.scope-claims')?.textContent;

describe('ScopePicker', () => {
  it('says what openid does, without calling protocol claims its own', () => {
    renderUnder('hosted-login');
    expect(noteOf('openid')).toBe('Makes the request an OpenID Connect one: an id_token comes back, with sub, the user’s identifier.');
    expect(noteOf('openid')).not.toMatch(/iss|auth_time/);
  });

  it('lists all fourteen §5.4 profile claims under OIDC Core', () => {
    renderUnder('oidc-core');
    expect(noteOf('profile')?.split(', ')).toHaveLength(14);
    expect(noteOf('profile')).toContain('picture');
    expect(noteOf('profile')).not.toContain('not released');
  });

  it('says which profile claims Hosted Login does not release, and offers no scope example it would not know', () => {
    renderUnder('hosted-login');
    expect(noteOf('profile')).toContain('(not released here: profile, picture, website, zoneinfo, locale)');
    expect(screen.getByLabelText(/Other scopes/).getAttribute('placeholder')).not.toContain('ad:user_custom');
  });

  it('offers the suffix-less custom scope under Next Identity, which matches it', () => {
    renderUnder('next-identity');
    expect(screen.getByLabelText(/Other scopes/).getAttribute('placeholder')).toBe('e.g. ad:user_custom bob');
  });
});
