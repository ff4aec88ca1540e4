"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isLoopbackHost = isLoopbackHost;
exports.checkProviderUrl = checkProviderUrl;
var SHOWN_LENGTH = 80;
function isLoopbackHost(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
/** Checks one URL; `name` says where it came from ("authorization_endpoint", "issuer") for the message. */
function checkProviderUrl(value, name, options) {
    if (options === void 0) { options = {}; }
    if (typeof value !== 'string') {
        return refused('not-a-string', "\"".concat(name, "\" is not a URL string, so it was refused."));
    }
    var shown = describeValue(value);
    var url;
    try {
        // No base: a relative URL must not be resolved against the playground's own origin.
        url = new URL(value);
    }
    catch (_a) {
        return refused('not-absolute', "\"".concat(name, "\" is ").concat(shown, ", which is not an absolute URL. The playground only follows absolute https: URLs."));
    }
    if (url.username || url.password) {
        return refused('credentials', "\"".concat(name, "\" is ").concat(shown, ", which carries a user name or password. The playground refuses URLs with credentials in them."));
    }
    if (url.protocol === 'https:')
        return { outcome: 'allowed', url: url };
    if (url.protocol === 'http:') {
        return isLoopbackHost(url.hostname) || url.origin === options.trustedOrigin
            ? { outcome: 'allowed', url: url }
            : refused('http-not-loopback', "\"".concat(name, "\" is ").concat(shown, ": plain http: is accepted only on a loopback host (localhost, 127.0.0.1, [::1]). Use https:."));
    }
    return refused('scheme', "\"".concat(name, "\" is ").concat(shown, ", a ").concat(url.protocol, " URL. The playground only follows https: URLs (or http: on a loopback host), so it was refused."));
}
function refused(reason, message) {
    return { outcome: 'refused', reason: reason, message: message };
}
/** Quotes a value for a message, short enough to read and never taken for markup (it is rendered as text). */
function describeValue(value) {
    var short = value.length > SHOWN_LENGTH ? "".concat(value.slice(0, SHOWN_LENGTH), "\u2026") : value;
    return JSON.stringify(short);
}
