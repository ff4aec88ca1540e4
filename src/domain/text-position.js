"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.positionAt = positionAt;
exports.locateMember = locateMember;
function positionAt(text, offset) {
    var clamped = Math.max(0, Math.min(offset, text.length));
    var before = text.slice(0, clamped);
    var line = before.split('\n').length;
    var column = clamped - before.lastIndexOf('\n');
    return { offset: clamped, line: line, column: column };
}
/**
 * Finds where the member at `path` is written, walking the keys in order. Good enough to point
 * the editor at a member; JSON.parse keeps no positions.
 */
function locateMember(text, path) {
    var from = 0;
    for (var _i = 0, path_1 = path; _i < path_1.length; _i++) {
        var key = path_1[_i];
        var found = text.indexOf(JSON.stringify(key), from);
        if (found < 0)
            return from;
        from = found;
    }
    return from;
}
