"use strict";
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
var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_REQUEST = exports.DEFAULT_MOCK_SETTINGS = exports.NO_FAULTS = exports.DEFAULT_CLIENT_ID = exports.MOCK_ISSUER = void 0;
exports.isMockIssuer = isMockIssuer;
exports.requestedScopes = requestedScopes;
exports.withScopes = withScopes;
exports.reviveComposedRequest = reviveComposedRequest;
var behaviour_profile_1 = require("./behaviour-profile");
var catalogue_1 = require("./catalogue");
var scope_list_1 = require("./scope-list");
var login_policy_1 = require("./login-policy");
var user_profile_1 = require("./user-profile");
exports.MOCK_ISSUER = 'mock';
exports.DEFAULT_CLIENT_ID = 'playground';
exports.NO_FAULTS = { tokenInvalidGrant: false, userinfoServerError: false, slowJwks: false };
exports.DEFAULT_MOCK_SETTINGS = {
    // Like the reference's token policy, it leaves `address` out, so asking for it teaches the lesson.
    allowedScopes: ['openid', 'profile', 'email', 'phone', 'offline_access'],
    behaviour: 'hosted-login',
    userText: JSON.stringify(user_profile_1.SEED_USER, null, 2),
    loginPolicyText: JSON.stringify(login_policy_1.DEFAULT_LOGIN_POLICY, null, 2),
    disallowedScopes: 'drop',
    faults: exports.NO_FAULTS,
    clock: '',
    seed: '',
};
exports.DEFAULT_REQUEST = {
    issuer: exports.MOCK_ISSUER,
    clientId: exports.DEFAULT_CLIENT_ID,
    standardScopes: ['openid', 'profile', 'email'],
    customScopes: '',
    claimsText: '',
    prompt: '',
    maxAge: '',
    loginHint: '',
    uiLocales: '',
    acrValues: '',
    customParams: '',
    mock: exports.DEFAULT_MOCK_SETTINGS,
};
function isMockIssuer(issuer) {
    return issuer === '' || issuer === exports.MOCK_ISSUER;
}
/** The scope list sent: standard scopes in catalogue order, then the free-text ones. */
function requestedScopes(request) {
    var standard = catalogue_1.STANDARD_SCOPES.filter(function (scope) { return request.standardScopes.includes(scope); });
    var custom = (0, scope_list_1.splitScopes)(request.customScopes).filter(function (scope) { return !standard.includes(scope); });
    return __spreadArray(__spreadArray([], standard, true), custom, true);
}
/** Splits a scope list into toggles and free text, the way the compose screen shows it. */
function withScopes(request, scopes) {
    return __assign(__assign({}, request), { standardScopes: scopes.filter(catalogue_1.isStandardScope), customScopes: scopes.filter(function (scope) { return !(0, catalogue_1.isStandardScope)(scope); }).join(' ') });
}
/** Reads an unknown stored value back into a request, falling back field by field to defaults. */
function reviveComposedRequest(value) {
    if (typeof value !== 'object' || value === null)
        return exports.DEFAULT_REQUEST;
    var stored = value;
    var text = function (key) {
        return typeof stored[key] === 'string' ? (stored[key]) : exports.DEFAULT_REQUEST[key];
    };
    var mock = (typeof stored.mock === 'object' && stored.mock !== null ? stored.mock : {});
    return {
        issuer: text('issuer'),
        clientId: text('clientId'),
        standardScopes: Array.isArray(stored.standardScopes)
            ? stored.standardScopes.filter(function (s) { return typeof s === 'string' && (0, catalogue_1.isStandardScope)(s); })
            : exports.DEFAULT_REQUEST.standardScopes,
        customScopes: text('customScopes'),
        claimsText: text('claimsText'),
        prompt: text('prompt'),
        maxAge: text('maxAge'),
        loginHint: text('loginHint'),
        uiLocales: text('uiLocales'),
        acrValues: text('acrValues'),
        customParams: text('customParams'),
        mock: {
            allowedScopes: Array.isArray(mock.allowedScopes)
                ? mock.allowedScopes.filter(function (s) { return typeof s === 'string'; })
                : exports.DEFAULT_MOCK_SETTINGS.allowedScopes,
            behaviour: typeof mock.behaviour === 'string' && (0, behaviour_profile_1.isBehaviourProfile)(mock.behaviour) ? mock.behaviour : exports.DEFAULT_MOCK_SETTINGS.behaviour,
            userText: typeof mock.userText === 'string' ? mock.userText : exports.DEFAULT_MOCK_SETTINGS.userText,
            loginPolicyText: typeof mock.loginPolicyText === 'string' ? mock.loginPolicyText : exports.DEFAULT_MOCK_SETTINGS.loginPolicyText,
            disallowedScopes: mock.disallowedScopes === 'reject' ? 'reject' : 'drop',
            faults: reviveFaults(mock.faults),
            clock: typeof mock.clock === 'string' ? mock.clock : '',
            seed: typeof mock.seed === 'string' ? mock.seed : '',
        },
    };
}
function reviveFaults(value) {
    if (typeof value !== 'object' || value === null)
        return exports.NO_FAULTS;
    var stored = value;
    return {
        tokenInvalidGrant: stored.tokenInvalidGrant === true,
        userinfoServerError: stored.userinfoServerError === true,
        slowJwks: stored.slowJwks === true,
    };
}
