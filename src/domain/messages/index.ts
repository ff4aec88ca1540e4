/**
 * The message catalogue: every sentence an explanation shows, from the codes the rules return.
 * Rules (explain-scopes, explain-claims, explain-flow-error, scope-note, the mock's login page)
 * decide and return codes with parameters; only this folder words them, so changing a sentence
 * touches one file and a rule's tests never depend on wording. Citations are plain text; their
 * links are in spec-links.ts.
 */
export { claimVerdictText, scopeAtUserinfoText } from './claim-messages';
export { flowErrorHintText } from './flow-error-messages';
export { loginPageReasonText } from './login-page-messages';
export { scopeEvidenceText, scopeNoteText, scopeOutcomeText, scopeVerdictText } from './scope-messages';
export { citationsIn } from './spec-links';
export { proxyRefusalText } from './dev-proxy-messages';
