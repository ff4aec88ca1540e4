"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BEHAVIOUR_SUMMARIES = exports.BEHAVIOUR_LABELS = exports.BEHAVIOUR_PROFILES = void 0;
exports.isBehaviourProfile = isBehaviourProfile;
exports.scopeClaimsInIdToken = scopeClaimsInIdToken;
exports.updatedAtAsProfileSends = updatedAtAsProfileSends;
/** How the mock provider behaves: the two reference products and plain OIDC Core. */
exports.BEHAVIOUR_PROFILES = ['hosted-login', 'next-identity', 'oidc-core'];
exports.BEHAVIOUR_LABELS = {
    'hosted-login': 'Hosted Login',
    'next-identity': 'Next Identity',
    'oidc-core': 'OIDC Core',
};
exports.BEHAVIOUR_SUMMARIES = {
    'hosted-login': 'Scope claims are served at userinfo only; the id_token gets what claims.id_token asks for. Userinfo adds global_sub.',
    'next-identity': 'Scope claims appear in the id_token as well as at userinfo.',
    'oidc-core': 'OIDC Core §5.4: with an access token issued, scope claims come from userinfo; the claims parameter works for both.',
};
function isBehaviourProfile(value) {
    return exports.BEHAVIOUR_PROFILES.includes(value !== null && value !== void 0 ? value : '');
}
/** Whether scope-requested claims are also placed in the id_token. */
function scopeClaimsInIdToken(profile) {
    return profile === 'next-identity';
}
/**
 * Next Identity's reference id_token carries `"updated_at": "2021-01-07 20:44:35.176625 +0000"`, a
 * string, where OIDC Core §5.1 says a number of seconds. The Next Identity profile does the same,
 * so the results screen can flag it (claim-types.ts): a real lesson for integrators.
 * https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims
 */
function updatedAtAsProfileSends(profile, seconds) {
    if (profile !== 'next-identity')
        return seconds;
    var iso = new Date(seconds * 1000).toISOString();
    return "".concat(iso.slice(0, 10), " ").concat(iso.slice(11, 19), ".").concat(iso.slice(20, 23), "000 +0000");
}
