"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonSyntaxProblem = jsonSyntaxProblem;
exports.parseJsonText = parseJsonText;
var json_error_offset_1 = require("./json-error-offset");
var text_position_1 = require("./text-position");
/**
 * What JSON.parse said, as one message with the real line and column. Every JSON editor of the
 * playground (claims request, mock user, login policy) words its syntax errors this way.
 */
function jsonSyntaxProblem(text, error) {
    var raw = error instanceof Error ? error.message : String(error);
    var offsetMatch = /position (\d+)/.exec(raw);
    // V8 names no position for an unexpected token ("{"email": }"), and other engines word it differently.
    var offset = offsetMatch ? Number(offsetMatch[1]) : (0, json_error_offset_1.jsonErrorOffset)(text);
    // V8 appends its own "(line x column y)" and quotes the input (or "..."a part of it); we show our own position.
    var reason = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^(Unexpected token .*?), (\.\.\.)?".*$/s, '$1');
    return { message: "Not valid JSON: ".concat(reason, "."), at: (0, text_position_1.positionAt)(text, offset) };
}
/** Parses JSON, or says where and why it is not JSON. */
function parseJsonText(text) {
    try {
        return { outcome: 'parsed', value: JSON.parse(text) };
    }
    catch (error) {
        return { outcome: 'invalid', problem: jsonSyntaxProblem(text, error) };
    }
}
