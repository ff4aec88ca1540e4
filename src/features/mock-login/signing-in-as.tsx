import type { HintNote, LoginUser } from '../../domain/mock/login-user-choice';
import { loginHintText, loginPageIdentityText } from '../../domain/messages';
import { TEST_IDS } from '../../test-ids';

/** Who the page will sign in, in plain words, with what that user teaches and how login_hint chose them. */
export function SigningInAs({ user, hint }: { user: LoginUser; hint: HintNote }) {
  return (
    <div className="signing-in-as" data-testid={TEST_IDS.mockLoginUser} data-user={user.key} aria-live="polite">
      <p>{loginPageIdentityText(user)}</p>
      {user.lesson && <p className="muted small">{user.lesson}</p>}
      {hint.outcome !== 'none' && <p className="muted small">{loginHintText(hint)}</p>}
    </div>
  );
}
