/**
 * The message catalogue: every sentence an explanation shows, from the codes the rules return.
 * Rules (explain-scopes, explain-claims, explain-flow-error, scope-note, the mock's login page)
 * decide and return codes with parameters; only this folder words them, so changing a sentence
 * touches one file and a rule's tests never depend on wording. Citations are plain text; their
 * links are in spec-links.ts.
 */
export { accessTokenFactText } from './access-token-messages';
export { PROTOCOL_CLAIMS_NOTE, catalogueProfileText, claimNotReleasedText, claimUnmappedText } from './catalogue-messages';
export { claimVerdictText, noValueClaimsText, notReceivedText, scopeAtUserinfoText } from './claim-messages';
export { flowErrorHintText } from './flow-error-messages';
export {
  ANY_PASSWORD_WORKS,
  composedUserLabel,
  EMAIL_MATCHES_NO_USER,
  EMAIL_READ_ONLY_REASON,
  loginHintText,
  loginPageIdentityText,
  loginPageReasonText,
} from './login-page-messages';
export { SIGN_IN_ALREADY_COMPLETED, START_AGAIN_WITH_SAME_REQUEST } from './login-page-messages';
export { refreshTokenText } from './refresh-token-messages';
export { scopeEvidenceText, scopeOutcomeText, scopeVerdictText } from './scope-messages';
export { scopeNoteText } from './scope-note-messages';
export { citationsIn } from './spec-links';
export { devProxyHostsText, proxyRefusalText } from './dev-proxy-messages';
export {
  CLIENT_AUTHENTICATION_AWAITING_DISCOVERY,
  CLIENT_SECRET_GONE,
  CLIENT_SECRET_KEPT_IN_MEMORY,
  CLIENT_SECRET_NEEDED_AT_CALLBACK,
  CLIENT_SECRET_TESTING_ONLY,
  clientAuthenticationReasonText,
} from './client-authentication-messages';
export { sequenceGroupText, sequenceLaneText, sequenceResponseText } from './sequence-messages';
export { typeIssueText } from './type-issue-messages';
export { valueWarningText } from './value-warning-messages';
export { WRONG_BASE_PATH_TITLE, baseCommand, wrongBasePathText } from './wrong-base-path-messages';
export {
  CLEAR_MOCK_PROVIDER_DATA,
  MOCK_INTERNAL_SERVER_ERROR,
  MOCK_STORAGE_SERVER_ERROR,
  TRIM_HISTORY,
  historyTrimmedText,
  mockDataClearedText,
  storageFailureText,
  type StorageWrite,
} from './storage-messages';
export { TRY_LAUNCH_AGAIN, launchWaitText, workerNotInControlText, type LaunchPhase } from './launch-wait-messages';
export { BRANDING_HINT, continueToClientText, logoAltText, logoNotInLinkText, logoProblemText } from './branding-messages';
export { cancelledWaitText, elapsedText, waitProgressText, waitStepText } from './progress-messages';
export { narrationText, LIVE_SEQUENCE_HEADING, liveNarrationProgressText } from './narration-messages';
export { DEMO_KIT_HINT, demoProblemText } from './demo-messages';
export { STEP_THROUGH_LABEL, heldStepTitle } from './step-through-messages';
