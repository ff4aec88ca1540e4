import { render, screen } from '@testing-library/react';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { providerKeys } from '../../testing/signed-run';
import { renderWithQueries } from '../../testing/render';
import { TEST_IDS } from '../../test-ids';
import { SignaturePanel } from './signature-panel';

const UNVERIFIED = { status: 'unverified', detail: 'HS256 is signed with the client secret.' } as const;
const secretField = () => screen.queryByLabelText(/Client secret/);

describe('SignaturePanel', () => {
  it('shows the status and each claim check', async () => {
    const idToken = await (await providerKeys()).sign({ sub: 'ada' });

    render(
      <SignaturePanel
        signature={{ status: 'valid', detail: 'Verified.' }}
        checks={[{ name: 'exp', outcome: 'fail', detail: 'The token expired.' }]}
        idToken={idToken}
      />,
    );

    expect(screen.getByTestId(TEST_IDS.signatureStatus).dataset.status).toBe('valid');
    expect(screen.getByRole('rowheader', { name: 'exp' }).closest('tr')?.dataset.outcome).toBe('fail');
    expect(screen.getByText('FAIL')).toBeTruthy();
    expect(secretField()).toBeNull();
  });

  it('offers verification with the client secret for an HMAC id_token only', async () => {
    const hs256 = await new SignJWT({ sub: 'ada' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('s'.repeat(32)));

    renderWithQueries(<SignaturePanel signature={UNVERIFIED} checks={[]} idToken={hs256} />);

    expect(secretField()).not.toBeNull();
  });
});
