"use strict";
/** Small facts about JSON values, shared by every parser in the domain. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isPlainObject = isPlainObject;
exports.compactJson = compactJson;
/** A JSON object: not null, not an array. */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The `claims` value as sent: compact JSON, or undefined when empty or not JSON. */
function compactJson(text) {
    if (!text.trim())
        return undefined;
    try {
        return JSON.stringify(JSON.parse(text));
    }
    catch (_a) {
        return undefined;
    }
}
