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
Object.defineProperty(exports, "__esModule", { value: true });
exports.keepableRun = keepableRun;
exports.revivePendingRun = revivePendingRun;
exports.reviveFlowRun = reviveFlowRun;
var composed_request_1 = require("./composed-request");
var discovery_document_1 = require("./discovery-document");
var json_limits_1 = require("./json-limits");
// --- Keeping a run within limits -------------------------------------------------------------
function keepableRun(run) {
    var notKept = [];
    var exchanges = run.exchanges.map(function (exchange) {
        var text = exchange.responseText;
        if (text === undefined)
            return exchange;
        var why = text.length > json_limits_1.JSON_LIMITS.maxBodyCharacters
            ? "".concat((0, json_limits_1.describeSize)(text.length), ", over the ").concat((0, json_limits_1.describeSize)(json_limits_1.JSON_LIMITS.maxBodyCharacters), " the playground keeps")
            : (0, json_limits_1.textDepthExceeds)(text)
                ? "nested deeper than ".concat(json_limits_1.JSON_LIMITS.maxDepth, " levels")
                : undefined;
        if (!why)
            return exchange;
        notKept.push("the response of ".concat(exchange.method, " ").concat(exchange.url, " (").concat(why, ")"));
        return __assign(__assign({}, exchange), { responseText: "(not kept: ".concat(why, ")") });
    });
    if (run.outcome === 'completed') {
        for (var _i = 0, _a = [['token response', run.tokenResponse], ['userinfo response', run.userinfo], ['JWKS', run.jwks], ['id_token payload', idTokenPayload(run.tokenResponse)]]; _i < _a.length; _i++) {
            var _b = _a[_i], name_1 = _b[0], value = _b[1];
            var depth = (0, json_limits_1.measureDepth)(value);
            if (depth.outcome === 'too-deep')
                notKept.push("the ".concat(name_1, " (nested deeper than ").concat(json_limits_1.JSON_LIMITS.maxDepth, " levels)"));
        }
    }
    if (notKept.length === 0) {
        var size = JSON.stringify(run).length;
        if (size <= json_limits_1.JSON_LIMITS.maxRunCharacters)
            return run;
        notKept.push("the run as a whole (".concat((0, json_limits_1.describeSize)(size), ", over the ").concat((0, json_limits_1.describeSize)(json_limits_1.JSON_LIMITS.maxRunCharacters), " budget of one run)"));
    }
    var id = run.id, startedAt = run.startedAt, request = run.request, issuer = run.issuer, redirectUri = run.redirectUri, requestedScopes = run.requestedScopes, authorizeUrl = run.authorizeUrl, nonce = run.nonce, discovery = run.discovery, scenarioId = run.scenarioId, startExchanges = run.startExchanges, callbackUrl = run.callbackUrl;
    return {
        id: id,
        startedAt: startedAt,
        request: request,
        issuer: issuer,
        redirectUri: redirectUri,
        requestedScopes: requestedScopes,
        authorizeUrl: authorizeUrl,
        nonce: nonce,
        discovery: discovery,
        scenarioId: scenarioId,
        startExchanges: startExchanges,
        callbackUrl: callbackUrl,
        outcome: 'failed',
        failure: {
            error: 'response_not_kept',
            description: "The provider answered with more than the playground can keep or show safely: ".concat(notKept.join('; '), ". Nothing of it was rendered. A real provider should not send this; check the provider."),
            stage: run.outcome === 'failed' ? run.failure.stage : 'callback',
        },
        exchanges: exchanges.map(function (e) { return (e.responseText && e.responseText.length > json_limits_1.JSON_LIMITS.maxBodyCharacters / 4 ? __assign(__assign({}, e), { responseText: "(not kept: ".concat((0, json_limits_1.describeSize)(e.responseText.length), ")") }) : e); }),
    };
}
function idTokenPayload(tokenResponse) {
    var token = tokenResponse.id_token;
    if (typeof token !== 'string')
        return undefined;
    var payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    }
    catch (_a) {
        return undefined;
    }
}
// --- Validating what comes back from storage --------------------------------------------------
var STAGES = new Set(['authorize', 'discovery', 'callback', 'token', 'userinfo', 'verification']);
var SIGNATURE_STATUSES = new Set(['valid', 'invalid', 'unverified']);
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isStringArray(value) {
    return Array.isArray(value) && value.every(function (v) { return typeof v === 'string'; });
}
function isExchange(value) {
    return isRecord(value) && typeof value.method === 'string' && typeof value.url === 'string' && isRecord(value.requestHeaders) && isRecord(value.responseHeaders)
        && (value.responseText === undefined || typeof value.responseText === 'string') && (value.requestBody === undefined || typeof value.requestBody === 'string')
        && (value.status === undefined || typeof value.status === 'number') && (value.failure === undefined || typeof value.failure === 'string');
}
function isFailure(value) {
    return isRecord(value) && typeof value.error === 'string' && typeof value.description === 'string' && STAGES.has(value.stage);
}
function revivePendingRun(value) {
    if (!isRecord(value))
        return undefined;
    var id = value.id, startedAt = value.startedAt, request = value.request, issuer = value.issuer, redirectUri = value.redirectUri, requestedScopes = value.requestedScopes, authorizeUrl = value.authorizeUrl, nonce = value.nonce, discovery = value.discovery, startExchanges = value.startExchanges, scenarioId = value.scenarioId, callbackUrl = value.callbackUrl;
    if (typeof id !== 'string' || typeof startedAt !== 'string' || typeof issuer !== 'string' || typeof redirectUri !== 'string')
        return undefined;
    if (typeof authorizeUrl !== 'string' || typeof nonce !== 'string' || !isStringArray(requestedScopes) || !isRecord(request))
        return undefined;
    if (!isRecord(discovery) || typeof discovery.issuer !== 'string' || (0, discovery_document_1.findUnsafeUrl)(discovery, { trustedOrigin: window.location.origin }))
        return undefined;
    if (startExchanges !== undefined && !(Array.isArray(startExchanges) && startExchanges.every(isExchange)))
        return undefined;
    if (scenarioId !== undefined && typeof scenarioId !== 'string')
        return undefined;
    if (callbackUrl !== undefined && typeof callbackUrl !== 'string')
        return undefined;
    if ((0, json_limits_1.measureDepth)(value).outcome !== 'within')
        return undefined;
    return __assign(__assign({}, value), { request: (0, composed_request_1.reviveComposedRequest)(request) });
}
/** A stored run, checked member by member before any screen reads it. */
function reviveFlowRun(value) {
    var pending = revivePendingRun(value);
    if (!pending || !isRecord(value) || !Array.isArray(value.exchanges) || !value.exchanges.every(isExchange))
        return undefined;
    if (value.outcome === 'failed') {
        if (!isFailure(value.failure))
            return undefined;
        return __assign(__assign({}, value), pending);
    }
    if (value.outcome !== 'completed')
        return undefined;
    var tokenResponse = value.tokenResponse, signature = value.signature, checks = value.checks, refreshCount = value.refreshCount, scopesSupported = value.scopesSupported, claimsSupported = value.claimsSupported;
    if (!isRecord(tokenResponse) || !isRecord(signature) || !SIGNATURE_STATUSES.has(signature.status) || typeof signature.detail !== 'string')
        return undefined;
    if (!Array.isArray(checks) || !checks.every(function (c) { return isRecord(c) && typeof c.name === 'string' && typeof c.outcome === 'string' && typeof c.detail === 'string'; }))
        return undefined;
    if (refreshCount !== undefined && typeof refreshCount !== 'number')
        return undefined;
    // A completed run may carry the failure of a later step (userinfo after the tokens came).
    if (value.failure !== undefined && !isFailure(value.failure))
        return undefined;
    if (scopesSupported !== undefined && !isStringArray(scopesSupported))
        return undefined;
    if (claimsSupported !== undefined && !isStringArray(claimsSupported))
        return undefined;
    return __assign(__assign({}, value), pending);
}
