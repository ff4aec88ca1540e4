import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { renderWithQueries } from '../../testing/render';
import { SecretVerification } from './secret-verification';

const SECRET = 'a-client-secret-of-at-least-32-bytes!!';
const hs256 = (claims: Record<string, unknown>, secret = SECRET) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));
const verdict = () => screen.findByText(/HMAC signature/);

async function verifyWith(secret: string): Promise<void> {
  await userEvent.type(screen.getByLabelText(/Client secret/), secret);
  await userEvent.click(screen.getByRole('button', { name: 'Verify with the secret' }));
}

describe('SecretVerification', () => {
  it('verifies an HS256 id_token with the right secret and refuses a wrong one', async () => {
    renderWithQueries(<SecretVerification idToken={await hs256({ sub: 'ada' })} />);

    await verifyWith(SECRET);
    expect((await verdict()).dataset.status).toBe('valid');

    await userEvent.clear(screen.getByLabelText(/Client secret/));
    await verifyWith('another-secret-of-at-least-32-bytes!!!');
    await screen.findByText(/does not match this secret/);
    expect((await verdict()).dataset.status).toBe('invalid');
  });

  it('drops the verdict on the previous id_token when the tokens are refreshed', async () => {
    const view = renderWithQueries(<SecretVerification idToken={await hs256({ sub: 'ada', iat: 1 })} />);
    await verifyWith(SECRET);
    await verdict();

    view.rerender(<SecretVerification idToken={await hs256({ sub: 'ada', iat: 2 }, 'the-refreshed-token-has-another-secret!')} />);

    expect(screen.queryByText(/HMAC signature/)).toBeNull();
  });
});
