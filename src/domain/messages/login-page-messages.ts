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
