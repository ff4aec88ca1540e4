import type { StatedLoginPageReason } from '../mock/login-page-reason';
import type { HintNote } from '../mock/login-user-choice';

const REASONS: Record<StatedLoginPageReason, string> = {
  'prompt-login': 'You have a session, but the application asked you to sign in again (prompt=login).',
  'max-age-exceeded': 'Your last sign-in is older than the application allows (max_age): please sign in again.',
  'prompt-consent': 'The application asks for your consent again (prompt=consent): signing in grants what it asks for.',
  'hint-mismatch': 'The application expects another user than the one signed in (id_token_hint): please sign in again.',
  'claims-requirement': 'The application demands a user or an authentication level (claims parameter) this sign-in may not meet.',
};

/** The notice at the top of the mock's login page, addressed to the person signing in. */
export function loginPageReasonText(reason: StatedLoginPageReason): string {
  return REASONS[reason];
}

/** The "Sign in as" entry for the user composed in the mock settings (a profile may have no name). */
export function composedUserLabel(name: string | undefined): string {
  return name ? `${name} (from the mock settings)` : 'The user in the mock settings';
}

/** Who the login page will sign in, and under which behaviour profile, for which client. */
export function loginPageIdentityText(user: { name: string | undefined; email: string | undefined; sub: string }): string {
  const who = user.name ?? `the user with sub ${user.sub}`;
  return user.email ? `You will sign in as ${who} (${user.email}).` : `You will sign in as ${who}, who has no email address.`;
}

/** How login_hint (OIDC Core §3.1.2.1) decided the user the page starts with, or why it did not. */
export function loginHintText(note: Exclude<HintNote, { outcome: 'none' }>): string {
  switch (note.outcome) {
    case 'selected':
      return `Chosen by the application's login_hint, which matched this user's ${note.by}.`;
    case 'no-match':
      return `The application's login_hint "${note.hint}" matches no user of the mock by email or sub: the user in the mock settings is chosen.`;
    case 'cannot-switch':
      return `The application's login_hint "${note.hint}" names another user, but this sign-in was not started from this tab: the user in the mock settings signs in.`;
  }
}

/** Under the email field, when the typed address is nobody's. */
export const EMAIL_MATCHES_NO_USER =
  'No user of the mock has this email: type the email of a user listed under "Sign in as", or choose one there. Sign-in waits until they agree.';

/** Under the read-only email field, when the tab cannot switch users. */
export const EMAIL_READ_ONLY_REASON =
  'Read-only: this sign-in was not started from this tab, so the mock signs in the user in its settings. Start it from the playground in this tab to choose another user.';

/** Under the password field. */
export const ANY_PASSWORD_WORKS = 'Any password works: this is the built-in mock provider.';

/** The login page of a sign-in the provider already answered: a reload or Back brought it here again. */
export const SIGN_IN_ALREADY_COMPLETED =
  'This sign-in is already done: the provider issued its authorization code, and a code is used once. Reloading or going Back brought you to its login page again. Start again to send the same request as a new sign-in.';

export const START_AGAIN_WITH_SAME_REQUEST = 'Start again with the same request';
