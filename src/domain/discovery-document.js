"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DISCOVERY_URL_MEMBERS = void 0;
exports.parseDiscoveryDocument = parseDiscoveryDocument;
exports.findUnsafeUrl = findUnsafeUrl;
exports.discoveryUrl = discoveryUrl;
var json_values_1 = require("./json-values");
var provider_url_1 = require("./provider-url");
/**
 * Every member of a discovery document that holds a URL the playground may navigate to or fetch
 * (OIDC Discovery §3, RFC 8414 §2, RP-Initiated Logout §2.1, RFC 7662, RFC 7009, RFC 9126, RFC 8628).
 * Each is checked with the one URL rule before anything uses it.
 */
exports.DISCOVERY_URL_MEMBERS = [
    'issuer',
    'authorization_endpoint',
    'token_endpoint',
    'userinfo_endpoint',
    'jwks_uri',
    'end_session_endpoint',
    'introspection_endpoint',
    'revocation_endpoint',
    'registration_endpoint',
    'check_session_iframe',
    'pushed_authorization_request_endpoint',
    'device_authorization_endpoint',
    'backchannel_authentication_endpoint',
    'service_documentation',
    'op_policy_uri',
    'op_tos_uri',
];
/** Reads a discovery response body; the issuer inside must be exactly the one asked for (OIDC Discovery §4.3). */
function parseDiscoveryDocument(text, expectedIssuer, urlRule) {
    if (urlRule === void 0) { urlRule = {}; }
    var parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (_a) {
        return { outcome: 'not-json', message: "The discovery URL did not answer with JSON (it starts with \"".concat(text.slice(0, 40), "\"). Check the issuer URL: it is usually the part before /.well-known/openid-configuration.") };
    }
    if (!(0, json_values_1.isPlainObject)(parsed))
        return { outcome: 'invalid', message: 'The discovery document is not a JSON object.' };
    if (typeof parsed.issuer !== 'string')
        return { outcome: 'invalid', message: 'The discovery document has no "issuer".' };
    if (typeof parsed.authorization_endpoint !== 'string')
        return { outcome: 'invalid', message: 'The discovery document has no "authorization_endpoint".' };
    if (parsed.issuer !== expectedIssuer) {
        return {
            outcome: 'issuer-mismatch',
            message: "The document says its issuer is \"".concat(parsed.issuer, "\", not \"").concat(expectedIssuer, "\". Use exactly \"").concat(parsed.issuer, "\" as the issuer URL (tokens will carry that value in iss)."),
        };
    }
    var unsafe = findUnsafeUrl(parsed, urlRule);
    if (unsafe)
        return unsafe;
    return { outcome: 'valid', document: parsed };
}
/** The first URL member that breaks the URL rule, as a refusal naming the member and its value. */
function findUnsafeUrl(document, urlRule) {
    if (urlRule === void 0) { urlRule = {}; }
    for (var _i = 0, DISCOVERY_URL_MEMBERS_1 = exports.DISCOVERY_URL_MEMBERS; _i < DISCOVERY_URL_MEMBERS_1.length; _i++) {
        var member = DISCOVERY_URL_MEMBERS_1[_i];
        if (document[member] === undefined)
            continue;
        var check = (0, provider_url_1.checkProviderUrl)(document[member], member, urlRule);
        if (check.outcome === 'refused') {
            return { outcome: 'unsafe-url', member: member, message: "The discovery document is refused: ".concat(check.message) };
        }
    }
    return undefined;
}
function discoveryUrl(issuer) {
    return "".concat(issuer.replace(/\/$/, ''), "/.well-known/openid-configuration");
}
