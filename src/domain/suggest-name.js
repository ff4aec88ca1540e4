"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.suggestName = suggestName;
/** Closest known name to a mistyped one, for "did you mean …?" hints. */
function suggestName(typed, known) {
    var sameLetters = known.find(function (name) { return name.toLowerCase() === typed.toLowerCase(); });
    if (sameLetters)
        return sameLetters;
    var best;
    for (var _i = 0, known_1 = known; _i < known_1.length; _i++) {
        var name_1 = known_1[_i];
        var distance = editDistance(typed.toLowerCase(), name_1.toLowerCase());
        if (!best || distance < best.distance)
            best = { name: name_1, distance: distance };
    }
    var tolerance = Math.max(1, Math.floor(typed.length / 4));
    return best && best.distance <= tolerance ? best.name : undefined;
}
/** Optimal string alignment distance: a swap of two neighbouring letters counts as one edit. */
function editDistance(a, b) {
    var width = b.length + 1;
    // One flat row-major table; `at` reads a cell that the loops below have always written.
    var d = new Array((a.length + 1) * width).fill(0);
    var at = function (i, j) { var _a; return (_a = d[i * width + j]) !== null && _a !== void 0 ? _a : 0; };
    for (var i = 0; i <= a.length; i++)
        d[i * width] = i;
    for (var j = 0; j <= b.length; j++)
        d[j] = j;
    for (var i = 1; i <= a.length; i++) {
        for (var j = 1; j <= b.length; j++) {
            var cost = a[i - 1] === b[j - 1] ? 0 : 1;
            var best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i * width + j] = best;
        }
    }
    return at(a.length, b.length);
}
