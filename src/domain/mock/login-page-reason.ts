/**
 * Why the mock provider shows its login page rather than continuing a session, as codes the mock's
 * authorize endpoint decides and messages/login-page-messages.ts words. All but `no-session` come
 * from an authorize parameter that overrides a live session (OIDC Core §3.1.2.1,
 * https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest: prompt, max_age,
 * id_token_hint; §5.5 for the claims parameter).
 */
export type LoginPageReason = 'no-session' | 'prompt-login' | 'prompt-consent' | 'max-age-exceeded' | 'hint-mismatch' | 'claims-requirement';

/** The reasons the page states; with no session there is nothing to explain. */
export type StatedLoginPageReason = Exclude<LoginPageReason, 'no-session'>;
