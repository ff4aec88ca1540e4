"use strict";
var __assign = (this && this.__assign) || function () {
    __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
                t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __generator = (this && this.__generator) || function (thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.providerKeys = providerKeys;
exports.completedRun = completedRun;
var jose_1 = require("jose");
var composed_request_1 = require("../domain/composed-request");
var ISSUER = 'https://op.example';
/** A provider key pair and its published JWKS, as the mock provider would hold them. */
function providerKeys() {
    return __awaiter(this, void 0, void 0, function () {
        var _a, privateKey, publicKey, jwk, _b, sign;
        return __generator(this, function (_c) {
            switch (_c.label) {
                case 0: return [4 /*yield*/, (0, jose_1.generateKeyPair)('ES256', { extractable: true })];
                case 1:
                    _a = _c.sent(), privateKey = _a.privateKey, publicKey = _a.publicKey;
                    _b = [{}];
                    return [4 /*yield*/, (0, jose_1.exportJWK)(publicKey)];
                case 2:
                    jwk = __assign.apply(void 0, [__assign.apply(void 0, _b.concat([(_c.sent())])), { kid: 'k1', alg: 'ES256', use: 'sig' }]);
                    sign = function (claims) {
                        return new jose_1.SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer(ISSUER).setAudience('playground').sign(privateKey);
                    };
                    return [2 /*return*/, { sign: sign, jwks: { keys: [jwk] } }];
            }
        });
    });
}
/** A completed run holding these tokens; everything else is a plausible default. */
function completedRun(overrides) {
    return __assign({ id: 'run-1', startedAt: '2026-01-15T09:30:00.000Z', request: composed_request_1.DEFAULT_REQUEST, issuer: ISSUER, redirectUri: 'https://app.example/callback', requestedScopes: ['openid', 'profile', 'email'], authorizeUrl: "".concat(ISSUER, "/authorize?client_id=playground&scope=openid+profile+email"), nonce: 'n-0S6_WzA2Mj', discovery: { issuer: ISSUER, authorization_endpoint: "".concat(ISSUER, "/authorize") }, outcome: 'completed', userinfo: undefined, scopesSupported: undefined, signature: { status: 'valid', detail: 'Verified.' }, checks: [], exchanges: [] }, overrides);
}
