import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completedRun, providerKeys } from '../../testing/signed-run';
import { SEED_USER } from '../../domain/mock/user-profile';
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
});
