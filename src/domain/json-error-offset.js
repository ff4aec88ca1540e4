"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonErrorOffset = jsonErrorOffset;
/**
 * Offset of the first character at which `text` stops being JSON (RFC 8259 §2–§7), or its length
 * when the text ends too early. JSON.parse does not always say where it failed: V8 names no
 * position for an unexpected token (`{"email": }`), and other engines word their messages
 * differently, so the editor finds the spot itself.
 */
function jsonErrorOffset(text) {
    var at = 0;
    var stop = function () {
        throw new JsonStop(at);
    };
    var skipSpace = function () {
        while (at < text.length && ' \t\n\r'.includes(text.charAt(at)))
            at++;
    };
    var expect = function (char) {
        if (text[at] !== char)
            stop();
        at++;
    };
    var string = function () {
        var _a, _b;
        expect('"');
        for (;;) {
            if (at >= text.length || text.charAt(at) < ' ')
                stop();
            var char = text[at++];
            if (char === '"')
                return;
            if (char !== '\\')
                continue;
            if (text[at] === 'u') {
                at++;
                for (var i = 0; i < 4; i++) {
                    if (!/[0-9a-fA-F]/.test((_a = text[at]) !== null && _a !== void 0 ? _a : ''))
                        stop();
                    at++;
                }
            }
            else if ('"\\/bfnrt'.includes((_b = text[at]) !== null && _b !== void 0 ? _b : '|'))
                at++;
            else
                stop();
        }
    };
    var members = function (close, member) {
        at++;
        skipSpace();
        if (text[at] === close)
            return void at++;
        for (;;) {
            member();
            skipSpace();
            if (text[at] !== ',')
                return expect(close);
            at++;
        }
    };
    var value = function () {
        skipSpace();
        var char = text[at];
        if (char === '{') {
            return members('}', function () {
                skipSpace();
                string();
                skipSpace();
                expect(':');
                value();
            });
        }
        if (char === '[')
            return members(']', value);
        if (char === '"')
            return string();
        var literal = ['true', 'false', 'null'].find(function (word) { return word[0] === char; });
        if (literal) {
            for (var _i = 0, literal_1 = literal; _i < literal_1.length; _i++) {
                var letter = literal_1[_i];
                expect(letter);
            }
            return;
        }
        // A number, one part at a time, so the stop falls on the character that breaks it.
        if (char === '-')
            at++;
        if (text[at] === '0')
            at++;
        else
            digits();
        if (text[at] === '.') {
            at++;
            digits();
        }
        if (text[at] === 'e' || text[at] === 'E') {
            at++;
            if (text[at] === '+' || text[at] === '-')
                at++;
            digits();
        }
    };
    var digits = function () {
        if (!isDigit(text[at]))
            stop();
        while (isDigit(text[at]))
            at++;
    };
    try {
        value();
        skipSpace();
        if (at < text.length)
            stop();
    }
    catch (error) {
        if (error instanceof JsonStop)
            return Math.min(error.offset, text.length);
        throw error;
    }
    return text.length;
}
function isDigit(char) {
    return char !== undefined && char >= '0' && char <= '9';
}
var JsonStop = /** @class */ (function () {
    function JsonStop(offset) {
        this.offset = offset;
    }
    return JsonStop;
}());
