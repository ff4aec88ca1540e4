import type { StatedLoginPageReason } from '../mock/login-page-reason';

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

/** The login page of a sign-in the provider already answered: a reload or Back brought it here again. */
export const SIGN_IN_ALREADY_COMPLETED =
  'This sign-in is already done: the provider issued its authorization code, and a code is used once. Reloading or going Back brought you to its login page again. Start again to send the same request as a new sign-in.';

export const START_AGAIN_WITH_SAME_REQUEST = 'Start again with the same request';
