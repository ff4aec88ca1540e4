"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkIdTokenClaims = checkIdTokenClaims;
function checkIdTokenClaims(payload, expected) {
    var _a;
    var tolerance = (_a = expected.clockTolerance) !== null && _a !== void 0 ? _a : 60;
    var checks = [];
    var pass = function (name, detail) { return checks.push({ name: name, outcome: 'pass', detail: detail }); };
    var fail = function (name, detail) { return checks.push({ name: name, outcome: 'fail', detail: detail }); };
    var skip = function (name, detail) { return checks.push({ name: name, outcome: 'skipped', detail: detail }); };
    var warn = function (name, detail) { return checks.push({ name: name, outcome: 'warn', detail: detail }); };
    if (payload.iss === expected.issuer)
        pass('iss', "iss is the issuer ".concat(expected.issuer, "."));
    else
        fail('iss', "iss is ".concat(JSON.stringify(payload.iss), ", expected ").concat(expected.issuer, "."));
    var audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    // §3.1.3.7 item 3: the client must also reject audiences it does not trust; only it knows which.
    var others = audiences.filter(function (audience) { return audience !== expected.clientId; });
    if (!audiences.includes(expected.clientId))
        fail('aud', "aud is ".concat(JSON.stringify(payload.aud), "; it must contain the client ID ").concat(expected.clientId, "."));
    else if (others.length > 0)
        warn('aud', "aud contains the client ID ".concat(expected.clientId, " and also ").concat(others.map(function (a) { return JSON.stringify(a); }).join(', '), ": a client must reject the token unless it trusts every audience listed."));
    else
        pass('aud', "aud contains the client ID ".concat(expected.clientId, "."));
    // §3.1.3.7 items 4–5: with several audiences azp must be present, and when present it must be this client.
    if (payload.azp !== undefined) {
        if (payload.azp === expected.clientId)
            pass('azp', 'azp is this client.');
        else
            fail('azp', "azp is ".concat(JSON.stringify(payload.azp), ": the token was issued to another party."));
    }
    else if (audiences.length > 1)
        fail('azp', 'The id_token has several audiences but no azp naming the authorized party.');
    else
        skip('azp', 'No azp: not needed with a single audience.');
    if (typeof payload.exp !== 'number')
        fail('exp', 'exp is missing or not a number.');
    else if (payload.exp + tolerance < expected.now)
        fail('exp', "The id_token expired ".concat(expected.now - payload.exp, " s ago."));
    else
        pass('exp', "Expires in ".concat(payload.exp - expected.now, " s."));
    if (typeof payload.iat !== 'number')
        fail('iat', 'iat is missing or not a number.');
    else if (payload.iat - tolerance > expected.now)
        fail('iat', "iat is ".concat(payload.iat - expected.now, " s in the future."));
    else
        pass('iat', 'Issued in the past.');
    checkNonce(payload, expected, { pass: pass, fail: fail, skip: skip });
    if (expected.maxAge !== undefined)
        checkAuthTime(payload, expected.maxAge, expected.now, tolerance, { pass: pass, fail: fail });
    if (expected.acr)
        checkAcr(payload, expected.acr, { pass: pass, fail: fail, warn: warn });
    if (payload.at_hash === undefined)
        skip('at_hash', 'The id_token has no at_hash (optional for the code flow).');
    else if (expected.expectedAtHash === undefined)
        skip('at_hash', 'No access token to compare with, or an unknown alg.');
    else if (payload.at_hash === expected.expectedAtHash)
        pass('at_hash', 'at_hash matches the access token received.');
    else
        fail('at_hash', 'at_hash does not match the access token: the two were not issued together.');
    return checks;
}
function checkNonce(payload, expected, report) {
    if (expected.refreshed) {
        // OIDC Core §12.2 (https://openid.net/specs/openid-connect-core-1_0.html#RefreshTokenResponse):
        // a refreshed id_token answers no authorize request, so it need not carry the nonce.
        if (payload.nonce === undefined) {
            report.pass('nonce', expected.nonce === undefined ? 'A refreshed id_token carries no nonce, as expected (OIDC Core §12.2).' : 'A nonce was sent with the sign-in; this refreshed id_token carries none, which OIDC Core §12.2 allows.');
        }
        else if (payload.nonce === expected.nonce)
            report.pass('nonce', 'This refreshed id_token repeats the nonce of the original sign-in.');
        else
            report.fail('nonce', "This refreshed id_token carries nonce ".concat(JSON.stringify(payload.nonce), ", not the one sent with the sign-in."));
        return;
    }
    if (expected.nonce === undefined)
        report.skip('nonce', 'No nonce was sent, so none can be checked.');
    else if (payload.nonce === expected.nonce)
        report.pass('nonce', 'nonce matches the one sent in the authorize request.');
    else
        report.fail('nonce', "nonce is ".concat(JSON.stringify(payload.nonce), ", not the one sent: possible replay."));
}
/** OIDC Core §3.1.2.1 and §3.1.3.7 item 11: with max_age, auth_time is required and must be recent enough. */
function checkAuthTime(payload, maxAge, now, tolerance, report) {
    if (typeof payload.auth_time !== 'number') {
        report.fail('auth_time', "max_age=".concat(maxAge, " was sent, so the id_token must carry auth_time (OIDC Core \u00A73.1.2.1); it has none."));
        return;
    }
    var age = now - payload.auth_time;
    if (age > maxAge + tolerance)
        report.fail('auth_time', "The user authenticated ".concat(age, " s ago, more than max_age=").concat(maxAge, ": the provider should have asked them to log in again."));
    else
        report.pass('auth_time', "The user authenticated ".concat(Math.max(age, 0), " s ago, within max_age=").concat(maxAge, "."));
}
/** OIDC Core §3.1.3.7 item 10 and §5.5.1.1: check acr when it was asked for. */
function checkAcr(payload, asked, report) {
    var acr = payload.acr;
    var wanted = asked.values.join(', ');
    if (typeof acr !== 'string') {
        if (asked.essential)
            report.fail('acr', "acr was asked for as essential".concat(wanted ? " (".concat(wanted, ")") : '', " but the id_token has none."));
        else
            report.warn('acr', "acr_values ".concat(wanted, " was sent but the id_token has no acr, so the client cannot tell how the user authenticated."));
        return;
    }
    if (asked.values.length === 0 || asked.values.includes(acr)) {
        report.pass('acr', asked.values.length === 0 ? "acr is ".concat(acr, ".") : "acr is ".concat(acr, ", one of those asked for."));
        return;
    }
    // acr_values is a voluntary request (§3.1.2.1): another value is a decision for the client, unless essential.
    if (asked.essential)
        report.fail('acr', "acr is ".concat(acr, ", none of the essential values asked for (").concat(wanted, ")."));
    else
        report.warn('acr', "acr is ".concat(acr, ", not one of those asked for (").concat(wanted, "); the client decides whether that is enough."));
}
