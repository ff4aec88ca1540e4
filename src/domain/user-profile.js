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
exports.SEED_USER = void 0;
exports.parseUserProfile = parseUserProfile;
var json_values_1 = require("./json-values");
var catalogue_1 = require("./catalogue");
var json_syntax_problem_1 = require("./json-syntax-problem");
var suggest_name_1 = require("./suggest-name");
var text_position_1 = require("./text-position");
/** The seed user: Karim J. Nafir from the Hosted Login reference. Editable in the mock settings. */
exports.SEED_USER = {
    uuid: '3c388dd9-5bcc-4883-9a91-d51129110a4a',
    givenName: 'Karim',
    middleName: 'J.',
    familyName: 'Nafir',
    displayName: 'karim_n',
    gender: 'male',
    birthday: '1967-07-12',
    lastUpdated: '2026-01-15T09:30:00Z',
    email: 'karim.nafir@mail.com',
    emailVerified: '2024-03-02T10:00:00Z',
    mobileNumber: '+1 503 555 0142',
    mobileNumberVerified: null,
    primaryAddress: {
        address1: '1233 NW 12th Ave',
        address2: '#150',
        city: 'Portland',
        stateAbbreviation: 'OR',
        zip: '97209',
        country: 'US',
    },
    companyName: 'Bizcorp',
    email_marketing_optIn: true,
    ui_preferences_optIn: false,
    personalized_ads_optIn: false,
};
/** Checks an edited profile: an object, attribute names from the schema exactly, a string uuid. */
function parseUserProfile(text) {
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
        return invalid('The user profile must be a JSON object of attributes.', []);
    for (var _i = 0, _a = Object.keys(parsed); _i < _a.length; _i++) {
        var key = _a[_i];
        if (!(0, catalogue_1.isProfileAttribute)(key)) {
            var hint = (0, suggest_name_1.suggestName)(key, catalogue_1.PROFILE_ATTRIBUTES);
            return invalid("\"".concat(key, "\" is not an attribute of the profile schema").concat(hint ? "; did you mean \"".concat(hint, "\"?") : '.', " Attribute names are case-sensitive."), [key]);
        }
    }
    if (typeof parsed.uuid !== 'string' || parsed.uuid === '') {
        return invalid('The profile needs a non-empty string "uuid": it becomes the sub claim.', 'uuid' in parsed ? ['uuid'] : []);
    }
    return { outcome: 'valid', profile: parsed };
}
