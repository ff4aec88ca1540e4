"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setRevealed = setRevealed;
exports.useRevealed = useRevealed;
var react_1 = require("react");
/**
 * The one "Reveal tokens" switch of the page: every panel that shows a credential reads it, so a
 * token is never in clear in one panel while masked in another. Off on every page load; never stored.
 */
var revealed = false;
var listeners = new Set();
function setRevealed(next) {
    revealed = next;
    for (var _i = 0, listeners_1 = listeners; _i < listeners_1.length; _i++) {
        var listener = listeners_1[_i];
        listener();
    }
}
function subscribe(listener) {
    listeners.add(listener);
    return function () { return listeners.delete(listener); };
}
function useRevealed() {
    return (0, react_1.useSyncExternalStore)(subscribe, function () { return revealed; });
}
