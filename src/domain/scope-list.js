"use strict";
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
exports.splitScopes = splitScopes;
exports.joinScopes = joinScopes;
/** Scope strings are space-delimited and case-sensitive (RFC 6749 §3.3). */
function splitScopes(text) {
    return __spreadArray([], new Set((text !== null && text !== void 0 ? text : '').split(/\s+/).filter(Boolean)), true);
}
function joinScopes(scopes) {
    return scopes.join(' ');
}
