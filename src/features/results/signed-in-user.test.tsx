import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completedRun, providerKeys } from '../../testing/signed-run';
import { SEED_USER } from '../../domain/mock/user-profile';
import { EMPTY_LOGIN_POLICY } from '../../domain/mock/login-policy';
import { DEFAULT_REQUEST } from '../../domain/request/composed-request';
import { TEST_IDS } from '../../test-ids';
import { SignedInUser } from './signed-in-user';

describe('SignedInUser', () => {
  it('says nothing about the table below it that may be false: no "dropped by policy or never asked for" above unknown rows', async () => {
    const keys = await providerKeys();
    const idToken = await keys.sign({ sub: SEED_USER.uuid, name: 'Karim J. Nafir' });
    render(<SignedInUser run={completedRun({ tokenResponse: { id_token: idToken }, userinfo: undefined })} />);

    const line = screen.getByTestId(TEST_IDS.signedInUser);
    expect(line.textContent).toContain('Signed in as Karim J. Nafir');
    expect(line.textContent).toContain('Karim J. Nafir (full profile)');
    expect(line.textContent).not.toMatch(/dropped by policy|never asked for/);
  });

  it('names the local mock server’s own user, found by sub among the users it reported at launch', async () => {
    const keys = await providerKeys();
    const idToken = await keys.sign({ sub: 'u-ada', name: 'Ada' });
    const request = { ...DEFAULT_REQUEST, issuer: 'http://127.0.0.1:4400' };
    const localServer = {
      outcome: 'read' as const,
      settings: { behaviour: 'oidc-core' as const, loginPolicy: EMPTY_LOGIN_POLICY, allowedScopes: ['openid'], disallowedScopes: 'drop' as const, users: [{ name: 'ada', profile: { uuid: 'u-ada', givenName: 'Ada' } }] },
    };
    render(<SignedInUser run={completedRun({ request, settings: { localServer }, tokenResponse: { id_token: idToken }, userinfo: undefined })} />);

    expect(screen.getByTestId(TEST_IDS.signedInUser).textContent).toBe('Signed in as Ada (sub u-ada): the local mock server’s user “ada”.');
  });
});
