"use strict";
/**
 * Every data-testid the app renders, shared with the e2e page objects: an id is written here once
 * and referred to everywhere else (lint refuses a string literal in a data-testid).
 */
var __assign = (this && this.__assign) || function () {
    __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
                t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TEST_IDS = exports.INTERNAL_TEST_IDS = exports.CONTRACT_TEST_IDS = void 0;
/**
 * The public automation contract (README, "Automation contract"): scripted demos and other teams'
 * suites depend on these, so they are stable. test-ids.test.ts keeps the README table and this list equal.
 */
exports.CONTRACT_TEST_IDS = {
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
    flowError: 'flow-error',
    scenarioVerdict: 'scenario-verdict',
    sequenceStep: 'sequence-step',
    scopeChange: 'scope-change',
    claimChange: 'claim-change',
    permalink: 'permalink',
    inspectInput: 'inspect-input',
    inspectPayload: 'inspect-payload',
    inspectMessage: 'inspect-message',
};
/** Hooks for this repository's own specs only: not documented, free to change. */
exports.INTERNAL_TEST_IDS = {
    /** The app's own error page (a screen failed to render). */
    appError: 'app-error',
    signedInUser: 'signed-in-user',
    storedRunsNotice: 'stored-runs-notice',
    // Keeping compositions: history, undo and reset.
    replacementNotice: 'replacement-notice',
    undoReplacement: 'undo-replacement',
    confirmReplace: 'confirm-replace',
    compositionHistory: 'composition-history',
    historyEntry: 'history-entry',
    resetRequest: 'reset-request',
    importMessage: 'import-message',
    // Provider settings.
    redirectUri: 'redirect-uri',
    discoveryStatus: 'discovery-status',
    // Results screen.
    scenarioCheck: 'scenario-check',
    claimsSummary: 'claims-summary',
    protocolClaims: 'protocol-claims',
    scopeClaimsAtUserinfo: 'scope-claims-at-userinfo',
    refreshTokenRule: 'refresh-token-rule',
    refreshStatus: 'refresh-status',
    introspectionResponse: 'introspection-response',
    tamperStatus: 'tamper-status',
    secretSignatureStatus: 'secret-signature-status',
    accessTokenFact: 'access-token-fact',
    accessTokenSignature: 'access-token-signature',
    accessTokenPayload: 'access-token-payload',
    // Compare.
    settingsDiff: 'settings-diff',
    diffEmpty: 'diff-empty',
};
exports.TEST_IDS = __assign(__assign({}, exports.CONTRACT_TEST_IDS), exports.INTERNAL_TEST_IDS);
