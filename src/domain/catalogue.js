"use strict";
/**
 * The one catalogue: standard scope → claims → user-profile attribute → type.
 * Both the mock provider and the explanation read it (DESIGN.md, "One catalogue").
 * Sources: OIDC Core 1.0 §5.1 and §5.4; the Hosted Login claim table in
 * shared/reference/hosted-login-scopes-and-claims.txt.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROTOCOL_CLAIMS = exports.CLAIM_CATALOGUE = exports.PROFILE_ATTRIBUTES = exports.STANDARD_SCOPES = void 0;
exports.isStandardScope = isStandardScope;
exports.claimsOfScope = claimsOfScope;
exports.findClaim = findClaim;
exports.isProfileAttribute = isProfileAttribute;
var registered_claims_1 = require("./registered-claims");
exports.STANDARD_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'];
exports.PROFILE_ATTRIBUTES = [
    'uuid',
    'givenName',
    'middleName',
    'familyName',
    'displayName',
    'gender',
    'birthday',
    'lastUpdated',
    'lastLogon',
    'email',
    'emailVerified',
    'mobileNumber',
    'mobileNumberVerified',
    'primaryAddress',
    'companyName',
    'email_marketing_optIn',
    'ui_preferences_optIn',
    'personalized_ads_optIn',
];
var attr = function (attribute) { return ({ kind: 'attribute', attribute: attribute }); };
exports.CLAIM_CATALOGUE = [
    { name: 'sub', scope: 'openid', type: 'string', source: attr('uuid'), description: 'Subject: the user’s unique identifier.' },
    { name: 'iss', scope: 'openid', type: 'string', source: { kind: 'protocol' }, description: 'Issuer: the URL of the login server.' },
    { name: 'auth_time', scope: 'openid', type: 'number', source: attr('lastLogon'), description: 'When the user last authenticated (Unix seconds).' },
    { name: 'name', scope: 'profile', type: 'string', source: { kind: 'derived', from: ['givenName', 'middleName', 'familyName'], rule: 'given, middle and family names joined' }, description: 'Full name.' },
    { name: 'given_name', scope: 'profile', type: 'string', source: attr('givenName'), description: 'Given (first) name.' },
    { name: 'family_name', scope: 'profile', type: 'string', source: attr('familyName'), description: 'Surname (last name).' },
    { name: 'middle_name', scope: 'profile', type: 'string', source: attr('middleName'), description: 'Middle name.' },
    { name: 'nickname', scope: 'profile', type: 'string', source: { kind: 'unmapped' }, description: 'Casual name. Hosted Login maps no attribute to it.' },
    { name: 'preferred_username', scope: 'profile', type: 'string', source: attr('displayName'), description: 'Name the user wishes to be called.' },
    { name: 'gender', scope: 'profile', type: 'string', source: attr('gender'), description: 'Gender.' },
    { name: 'birthdate', scope: 'profile', type: 'string', source: attr('birthday'), description: 'Birthday, YYYY-MM-DD (0000 as year when unknown).' },
    { name: 'updated_at', scope: 'profile', type: 'number', source: attr('lastUpdated'), description: 'When the profile last changed (Unix seconds).' },
    { name: 'email', scope: 'email', type: 'string', source: attr('email'), description: 'Preferred email address.' },
    { name: 'email_verified', scope: 'email', type: 'boolean', source: { kind: 'derived', from: ['emailVerified'], rule: 'true when emailVerified is set' }, description: 'Whether the email address was verified.' },
    { name: 'address', scope: 'address', type: 'object', source: { kind: 'derived', from: ['primaryAddress'], rule: 'OIDC address object built from primaryAddress' }, description: 'Preferred postal address (JSON object).' },
    { name: 'phone_number', scope: 'phone', type: 'string', source: attr('mobileNumber'), description: 'Preferred mobile number.' },
    { name: 'phone_number_verified', scope: 'phone', type: 'boolean', source: { kind: 'derived', from: ['mobileNumberVerified'], rule: 'true when mobileNumberVerified is set' }, description: 'Whether the phone number was verified.' },
];
/**
 * Claims the provider sets itself regardless of scope: every registered JWT / OIDC claim (OIDC Core
 * §2, IANA "JSON Web Token Claims"), so c_hash or sid is never taken for an unexplained extra.
 */
exports.PROTOCOL_CLAIMS = registered_claims_1.REGISTERED_CLAIMS.map(function (claim) { return claim.name; });
function isStandardScope(scope) {
    return exports.STANDARD_SCOPES.includes(scope);
}
function claimsOfScope(scope) {
    return exports.CLAIM_CATALOGUE.filter(function (entry) { return entry.scope === scope && entry.source.kind !== 'protocol'; });
}
function findClaim(name) {
    return exports.CLAIM_CATALOGUE.find(function (entry) { return entry.name === name; });
}
function isProfileAttribute(name) {
    return exports.PROFILE_ATTRIBUTES.includes(name);
}
