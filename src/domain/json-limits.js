"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JSON_LIMITS = void 0;
exports.measureDepth = measureDepth;
exports.textDepthExceeds = textDepthExceeds;
exports.describeSize = describeSize;
/**
 * Limits on JSON that the playground keeps or shows. A hostile or broken provider can answer with
 * values nested so deep that any recursive walk (JSON.stringify, a renderer) overflows the stack, or
 * so large that session storage refuses them; both are measured here without recursion.
 */
exports.JSON_LIMITS = {
    /** Deeper than any real claim set: the address claim is two levels, JWKS three. */
    maxDepth: 64,
    /** One stored run, serialized (characters). Session storage holds about five million per origin. */
    maxRunCharacters: 400000,
    /** One recorded HTTP body kept for the sequence diagram (characters). */
    maxBodyCharacters: 200000,
};
/** Walks a parsed value breadth-first with an explicit stack; stops as soon as it passes `maxDepth`. */
function measureDepth(value, maxDepth) {
    if (maxDepth === void 0) { maxDepth = exports.JSON_LIMITS.maxDepth; }
    var stack = [[value, 0]];
    while (stack.length > 0) {
        var _a = stack.pop(), current = _a[0], depth = _a[1];
        if (typeof current !== 'object' || current === null)
            continue;
        if (depth + 1 > maxDepth)
            return { outcome: 'too-deep', depth: depth + 1 };
        for (var _i = 0, _b = Object.values(current); _i < _b.length; _i++) {
            var child = _b[_i];
            stack.push([child, depth + 1]);
        }
    }
    return { outcome: 'within' };
}
/**
 * Depth of JSON text without parsing it, counting brackets outside strings. Used where the text is
 * about to be parsed and pretty-printed again (masking), which recurses.
 */
function textDepthExceeds(text, maxDepth) {
    if (maxDepth === void 0) { maxDepth = exports.JSON_LIMITS.maxDepth; }
    var depth = 0;
    var inString = false;
    for (var i = 0; i < text.length; i++) {
        var c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{' || c === '[') {
            depth++;
            if (depth > maxDepth)
                return true;
        }
        else if (c === '}' || c === ']')
            depth--;
    }
    return false;
}
/** "1.2 MB", "340 kB": sizes in messages. */
function describeSize(characters) {
    return characters >= 1000000 ? "".concat((characters / 1000000).toFixed(1), " MB") : "".concat(Math.ceil(characters / 1000), " kB");
}
