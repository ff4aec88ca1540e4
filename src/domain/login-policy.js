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
exports.CONSENT_CLAIMS_POLICY = exports.DEFAULT_LOGIN_POLICY = exports.EMPTY_LOGIN_POLICY = void 0;
exports.customClaimNames = customClaimNames;
exports.parseLoginPolicy = parseLoginPolicy;
exports.matchCustomScope = matchCustomScope;
exports.findCustomScope = findCustomScope;
var catalogue_1 = require("./catalogue");
var json_values_1 = require("./json-values");
var json_syntax_problem_1 = require("./json-syntax-problem");
var suggest_name_1 = require("./suggest-name");
var text_position_1 = require("./text-position");
exports.EMPTY_LOGIN_POLICY = { customClaims: { id_token: {}, userinfo: {} }, customScopes: {} };
/** The Next Identity reference's custom scope; it only has effect under the Next Identity profile. */
exports.DEFAULT_LOGIN_POLICY = {
    customClaims: { id_token: {}, userinfo: {} },
    customScopes: { 'ad:user_custom:read': { company_name: 'companyName' } },
};
/** The Hosted Login reference's consent claims, mapped to the id_token. */
exports.CONSENT_CLAIMS_POLICY = __assign(__assign({}, exports.DEFAULT_LOGIN_POLICY), { customClaims: {
        id_token: {
            consent_email_marketing: 'email_marketing_optIn',
            consent_ui_preferences: 'ui_preferences_optIn',
            consent_personalized_ads: 'personalized_ads_optIn',
        },
        userinfo: {},
    } });
/** Every custom claim name the policy can release, so the claims editor does not call them unknown. */
function customClaimNames(policy) {
    var mappings = __spreadArray([policy.customClaims.id_token, policy.customClaims.userinfo], Object.values(policy.customScopes), true);
    return __spreadArray([], new Set(mappings.flatMap(function (m) { return Object.keys(m); })), true);
}
/** Checks an edited login policy; a wrong attribute name is a configuration error naming the closest one. */
function parseLoginPolicy(text) {
    var _a, _b;
    if (text.trim() === '')
        return { outcome: 'valid', policy: exports.EMPTY_LOGIN_POLICY };
    var json = (0, json_syntax_problem_1.parseJsonText)(text);
    if (json.outcome === 'invalid')
        return __assign({ outcome: 'invalid' }, json.problem);
    var parsed = json.value;
    var invalid = function (message, path) { return ({
        outcome: 'invalid',
        message: message,
        at: (0, text_position_1.positionAt)(text, (0, text_position_1.locateMember)(text, path)),
    }); };
    if (!(0, json_values_1.isPlainObject)(parsed))
        return invalid('The login policy must be a JSON object with "customClaims" and/or "customScopes".', []);
    for (var _i = 0, _c = Object.keys(parsed); _i < _c.length; _i++) {
        var key = _c[_i];
        if (key !== 'customClaims' && key !== 'customScopes')
            return invalid("\"".concat(key, "\" is not part of a login policy; use \"customClaims\" or \"customScopes\"."), [key]);
    }
    var claims = (_a = parsed.customClaims) !== null && _a !== void 0 ? _a : {};
    if (!(0, json_values_1.isPlainObject)(claims))
        return invalid('"customClaims" must be an object: {"id_token": {claim: attribute}, "userinfo": {…}}.', ['customClaims']);
    var customClaims = { id_token: {}, userinfo: {} };
    for (var _d = 0, _e = Object.entries(claims); _d < _e.length; _d++) {
        var _f = _e[_d], target = _f[0], mapping = _f[1];
        if (target !== 'id_token' && target !== 'userinfo')
            return invalid("customClaims.\"".concat(target, "\" must be \"id_token\" or \"userinfo\"."), ['customClaims', target]);
        var checked = checkMapping(mapping, "customClaims.".concat(target), ['customClaims', target]);
        if ('message' in checked)
            return invalid(checked.message, checked.path);
        customClaims[target] = checked.mapping;
    }
    var scopes = (_b = parsed.customScopes) !== null && _b !== void 0 ? _b : {};
    if (!(0, json_values_1.isPlainObject)(scopes))
        return invalid('"customScopes" must be an object: {"prefix:scope_name:suffix": {claim: attribute}}.', ['customScopes']);
    var customScopes = {};
    for (var _g = 0, _h = Object.entries(scopes); _g < _h.length; _g++) {
        var _j = _h[_g], scope = _j[0], mapping = _j[1];
        if (/\s/.test(scope) || scope === '')
            return invalid("customScopes: \"".concat(scope, "\" is not a valid scope name (no spaces)."), ['customScopes', scope]);
        var checked = checkMapping(mapping, "customScopes.\"".concat(scope, "\""), ['customScopes', scope]);
        if ('message' in checked)
            return invalid(checked.message, checked.path);
        customScopes[scope] = checked.mapping;
    }
    return { outcome: 'valid', policy: { customClaims: customClaims, customScopes: customScopes } };
}
function checkMapping(mapping, where, path) {
    if (!(0, json_values_1.isPlainObject)(mapping))
        return { message: "".concat(where, " must map claim names to profile attribute names."), path: path };
    var result = {};
    for (var _i = 0, _a = Object.entries(mapping); _i < _a.length; _i++) {
        var _b = _a[_i], claim = _b[0], attribute = _b[1];
        // OIDC Core §5.3.2 ("The sub Claim MUST always be returned") and §2: sub, iss, aud, nonce, azp…
        // are the provider's own; a mapping that would overwrite one is a configuration error.
        // https://openid.net/specs/openid-connect-core-1_0.html#UserInfoResponse
        if ((catalogue_1.PROTOCOL_CLAIMS).includes(claim)) {
            return {
                message: "".concat(where, ".\"").concat(claim, "\": ").concat(claim, " is a protocol claim the provider sets itself; a custom claim cannot replace it. Choose another claim name."),
                path: __spreadArray(__spreadArray([], path, true), [claim], false),
            };
        }
        if (typeof attribute !== 'string')
            return { message: "".concat(where, ".\"").concat(claim, "\" must name a profile attribute (a string)."), path: __spreadArray(__spreadArray([], path, true), [claim], false) };
        if (!(0, catalogue_1.isProfileAttribute)(attribute)) {
            var hint = (0, suggest_name_1.suggestName)(attribute, catalogue_1.PROFILE_ATTRIBUTES);
            return {
                message: "".concat(where, ".\"").concat(claim, "\": \"").concat(attribute, "\" is not a profile attribute").concat(hint ? "; did you mean \"".concat(hint, "\"?") : '.', " Attribute names must match the schema exactly, case included."),
                path: __spreadArray(__spreadArray([], path, true), [claim], false),
            };
        }
        result[claim] = attribute;
    }
    return { mapping: result };
}
/**
 * Finds the custom scope a requested scope names. The suffix is optional in a request:
 * `ad:user_custom` matches `ad:user_custom:read` (Next Identity reference).
 */
function matchCustomScope(requested, policy) {
    if (requested in policy.customScopes)
        return requested;
    return Object.keys(policy.customScopes).find(function (defined) { return defined.startsWith("".concat(requested, ":")) && defined.split(':').length === requested.split(':').length + 1; });
}
/** The custom scope a requested scope names, with the claims it releases. */
function findCustomScope(requested, policy) {
    var definedAs = matchCustomScope(requested, policy);
    var mapping = definedAs === undefined ? undefined : policy.customScopes[definedAs];
    return definedAs !== undefined && mapping ? { definedAs: definedAs, mapping: mapping } : undefined;
}
