import { useState, type FormEvent, type Ref } from 'react';
import { findLoginUser, selectByEmail, type HintNote, type LoginUser, type LoginUserKey } from '../../domain/mock/login-user-choice';
import { ANY_PASSWORD_WORKS } from '../../domain/messages';
import { TEST_IDS } from '../../test-ids';
import { EmailField } from './email-field';
import { SigningInAs } from './signing-in-as';
import { UserChoice } from './user-choice';

interface LoginFormProps {
  readonly users: readonly LoginUser[];
  readonly initial: LoginUserKey;
  readonly hint: HintNote;
  /** Whether this tab may sign in another user than the composed one (it launched the sign-in). */
  readonly canChoose: boolean;
  readonly busy: boolean;
  readonly emailRef: Ref<HTMLInputElement>;
  readonly onSignIn: (user: LoginUser) => void;
  readonly onDeny: () => void;
}

/** The sign-in form: who signs in (chosen, or by typed email), a password nobody checks, and deny. */
export function LoginForm({ users, initial, hint, canChoose, busy, emailRef, onSignIn, onDeny }: LoginFormProps) {
  const [key, setKey] = useState(initial);
  const [email, setEmail] = useState(findLoginUser(users, initial).email ?? '');
  const [matchesNoUser, setMatchesNoUser] = useState(false);
  const user = findLoginUser(users, key);

  const choose = (next: LoginUserKey) => {
    setKey(next);
    setEmail(findLoginUser(users, next).email ?? '');
    setMatchesNoUser(false);
  };
  const type = (text: string) => {
    setEmail(text);
    const selection = selectByEmail(text, users, key);
    if (selection.outcome === 'selected') setKey(selection.key);
    setMatchesNoUser(selection.outcome === 'no-match');
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // An address that names no user never signs in someone else silently: the message under the field says so.
    if (!matchesNoUser) onSignIn(user);
  };

  return (
    <form onSubmit={onSubmit} className="login-form">
      <SigningInAs user={user} hint={key === initial ? hint : { outcome: 'none' }} />
      {canChoose && <UserChoice users={users} value={key} onChange={choose} />}
      <EmailField value={email} onChange={canChoose ? type : undefined} matchesNoUser={matchesNoUser} inputRef={emailRef} />
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" defaultValue="mock-password" />
      </label>
      <p className="muted small">{ANY_PASSWORD_WORKS}</p>
      <div className="row">
        <button type="submit" className="primary" data-testid={TEST_IDS.mockLoginSubmit} disabled={busy}>Sign in</button>
        <button type="button" data-testid={TEST_IDS.mockLoginDeny} disabled={busy} onClick={onDeny}>Deny</button>
      </div>
    </form>
  );
}
