import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { composedUserLabel } from '../../domain/messages';
import { loginUsers } from '../../domain/mock/login-user-choice';
import { SEED_USER } from '../../domain/mock/user-profile';
import { TEST_IDS } from '../../test-ids';
import { LoginForm } from './login-form';

const users = loginUsers({ ...SEED_USER, uuid: 'composed', givenName: 'Ada', middleName: undefined, familyName: 'Byron', email: 'ada@example.org' }, composedUserLabel);

function renderForm(canChoose: boolean) {
  const onSignIn = vi.fn();
  render(<LoginForm users={users} initial="composed" hint={{ outcome: 'none' }} canChoose={canChoose} busy={false} emailRef={createRef()} onSignIn={onSignIn} onDeny={vi.fn()} />);
  return { onSignIn, email: screen.getByRole<HTMLInputElement>('textbox', { name: 'Email' }) };
}

describe('LoginForm', () => {
  it('signs in whom the typed email names, and refuses an email nobody has instead of ignoring it', async () => {
    const { onSignIn, email } = renderForm(true);
    expect(screen.getByTestId(TEST_IDS.mockLoginUser).textContent).toContain('You will sign in as Ada Byron (ada@example.org).');

    await userEvent.clear(email);
    await userEvent.type(email, 'someone@else.example');
    await userEvent.click(screen.getByTestId(TEST_IDS.mockLoginSubmit));
    expect(onSignIn).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('No user of the mock has this email');
    expect(email.value).toBe('someone@else.example');

    await userEvent.clear(email);
    await userEvent.type(email, 'ugo.verdi@mail.com');
    await userEvent.click(screen.getByTestId(TEST_IDS.mockLoginSubmit));
    expect(onSignIn).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ key: 'unverified-email' }));
  });

  it('when this tab cannot switch users: no choice, a read-only email that says why, the composed user signs in', async () => {
    const { onSignIn, email } = renderForm(false);

    expect(screen.queryByLabelText('Sign in as')).toBeNull();
    expect(email.readOnly).toBe(true);
    expect(email.value).toBe('ada@example.org');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Read-only: this sign-in was not started from this tab');

    await userEvent.click(screen.getByTestId(TEST_IDS.mockLoginSubmit));
    expect(onSignIn).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ key: 'composed' }));
  });
});
