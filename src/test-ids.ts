/** The public automation contract's data-testids (README, "Automation contract"), shared with e2e specs. */
export const TEST_IDS = {
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
  claimOutcome: 'claim-outcome',
  /** The app's own error page (a screen failed to render). */
  appError: 'app-error',
  flowError: 'flow-error',
  inspectInput: 'inspect-input',
  inspectPayload: 'inspect-payload',
  inspectMessage: 'inspect-message',
  signedInUser: 'signed-in-user',
  // Keeping compositions: history, undo and reset.
  replacementNotice: 'replacement-notice',
  undoReplacement: 'undo-replacement',
  confirmReplace: 'confirm-replace',
  compositionHistory: 'composition-history',
  historyEntry: 'history-entry',
  resetRequest: 'reset-request',
  scenarioCheck: 'scenario-check',
} as const;
