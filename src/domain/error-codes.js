"use strict";
/**
 * Error codes a flow can end with. The registered OAuth/OIDC codes come first; the playground adds
 * its own for what happens in the browser; a provider may also define codes of its own.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.OAUTH_ERROR_CODES = void 0;
exports.isOAuthErrorCode = isOAuthErrorCode;
/**
 * Registered codes: RFC 6749 §4.1.2.1 and §5.2 (https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1),
 * RFC 6750 §3.1, RFC 7009 §2.2.1, OIDC Core §3.1.2.6
 * (https://openid.net/specs/openid-connect-core-1_0.html#AuthError).
 */
exports.OAUTH_ERROR_CODES = [
    'invalid_request',
    'invalid_client',
    'invalid_grant',
    'unauthorized_client',
    'unsupported_grant_type',
    'unsupported_response_type',
    'unsupported_token_type',
    'invalid_scope',
    'access_denied',
    'server_error',
    'temporarily_unavailable',
    'invalid_token',
    'insufficient_scope',
    'interaction_required',
    'login_required',
    'account_selection_required',
    'consent_required',
    'invalid_request_uri',
    'invalid_request_object',
    'request_not_supported',
    'request_uri_not_supported',
    'registration_not_supported',
];
function isOAuthErrorCode(code) {
    return exports.OAUTH_ERROR_CODES.includes(code);
}
