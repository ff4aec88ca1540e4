/**
 * Every data-testid the app renders, shared with the e2e page objects: an id is written here once
 * and referred to everywhere else (lint refuses a string literal in a data-testid).
 */

/**
 * The public automation contract (README, "Automation contract"): scripted demos and other teams'
 * suites depend on these, so they are stable. test-ids.test.ts keeps the README table and this list equal.
 */
export const CONTRACT_TEST_IDS = {
  startSignin: 'start-signin',
  mockLoginSubmit: 'mock-login-submit',
  mockLoginDeny: 'mock-login-deny',
  authorizeUrl: 'authorize-url',
  tokenResponse: 'token-response',
  idTokenHeader: 'id-token-header',
  idTokenPayload: 'id-token-payload',
  userinfoResponse: 'userinfo-response',
  signatureStatus: 'signature-status',
  scopeOutcome: 'scope-outcome',
  scopeTable: 'scope-table',
  claimOutcome: 'claim-outcome',
  flowError: 'flow-error',
  scenarioVerdict: 'scenario-verdict',
  sequenceStep: 'sequence-step',
  scopeChange: 'scope-change',
  claimChange: 'claim-change',
  permalink: 'permalink',
  inspectInput: 'inspect-input',
  inspectPayload: 'inspect-payload',
  inspectMessage: 'inspect-message',
  deterministicNotice: 'deterministic-notice',
  deterministicOff: 'deterministic-off',
} as const;

/** Hooks for this repository's own specs only: not documented, free to change. */
export const INTERNAL_TEST_IDS = {
  /** The app's own error page (a screen failed to render). */
  appError: 'app-error',
  signedInUser: 'signed-in-user',
  plainOauthNotice: 'plain-oauth-notice',
  clientCredentialsNotice: 'client-credentials-notice',
  /** The compose screen's token request preview, in place of the authorize request with client credentials on. */
  tokenRequestPreview: 'token-request-preview',
  mockProtocolSetting: 'mock-protocol-setting',
  /** One per user action in the sequence diagram (sign in, refresh, introspect, …); its steps are sequence-step. */
  sequenceGroup: 'sequence-group',
  /** One sentence per change a protocol switch made (data-change = the code in src/domain/protocols/wire-changes.ts). */
  wireChange: 'wire-change',
  /** A protocol switch on the compose screen (data-switch = par, …; data-available = yes | no | unknown). */
  protocolSwitch: 'protocol-switch',
  /** The public JWK of the page's request-object key (RFC 9101), as text, for the user to register. */
  requestObjectPublicKey: 'request-object-public-key',
  /** A sequence step's request object decoded (RFC 9101): header and payload as text. */
  requestObjectDecoded: 'request-object-decoded',
  storedRunsNotice: 'stored-runs-notice',
  // Keeping compositions: history, undo and reset.
  replacementNotice: 'replacement-notice',
  undoReplacement: 'undo-replacement',
  confirmReplace: 'confirm-replace',
  compositionHistory: 'composition-history',
  historyEntry: 'history-entry',
  resetRequest: 'reset-request',
  importMessage: 'import-message',
  /** Issue 27: demo kit, branding, presenter mode and progress. */
  logoNotInLink: 'logo-not-in-link',
  progressStatus: 'progress-status',
  narration: 'narration',
  noValueClaims: 'no-value-claims',
  savedDemos: 'saved-demos',
  stepGate: 'step-gate',
  liveNarration: 'live-narration',
  liveSequence: 'live-sequence',
  // Provider settings.
  redirectUri: 'redirect-uri',
  discoveryStatus: 'discovery-status',
  clientAuthMethod: 'client-auth-method',
  clientSecretStatus: 'client-secret-status',
  // Callback screen.
  redeemCode: 'redeem-code',
  devProxyOptIn: 'dev-proxy-opt-in',
  devProxyHosts: 'dev-proxy-hosts',
  // Results screen.
  devProxyNotice: 'dev-proxy-notice',
  /** On /results after a run against the mock as a local server: whose settings explain it (`data-state`). */
  localServerNotice: 'local-server-notice',
  scenarioCheck: 'scenario-check',
  lessonGrading: 'lesson-grading',
  pathOffer: 'path-offer',
  claimsSummary: 'claims-summary',
  protocolClaims: 'protocol-claims',
  scopeClaimsAtUserinfo: 'scope-claims-at-userinfo',
  refreshTokenRule: 'refresh-token-rule',
  clientSecretTestingOnly: 'client-secret-testing-only',
  refreshStatus: 'refresh-status',
  // A write to web storage that failed, said where it happened (src/components/storage-failure-notice.tsx).
  storageFailure: 'storage-failure',
  // The mock login page of a sign-in that is gone (completed, or never known here).
  signInGone: 'sign-in-gone',
  // A launch that has waited long: what for (data-phase), with a retry.
  launchWait: 'launch-wait',
  introspectionResponse: 'introspection-response',
  tamperStatus: 'tamper-status',
  secretSignatureStatus: 'secret-signature-status',
  accessTokenFact: 'access-token-fact',
  accessTokenSignature: 'access-token-signature',
  accessTokenPayload: 'access-token-payload',
  // Mock login page.
  mockLoginUser: 'mock-login-user',
  // Compare.
  settingsDiff: 'settings-diff',
  diffEmpty: 'diff-empty',
} as const;

export const TEST_IDS = { ...CONTRACT_TEST_IDS, ...INTERNAL_TEST_IDS } as const;

export type TestId = (typeof TEST_IDS)[keyof typeof TEST_IDS];
