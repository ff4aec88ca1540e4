"use strict";
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
var react_1 = require("@testing-library/react");
var user_event_1 = require("@testing-library/user-event");
var jose_1 = require("jose");
var vitest_1 = require("vitest");
var render_1 = require("../../testing/render");
var secret_verification_1 = require("./secret-verification");
var SECRET = 'a-client-secret-of-at-least-32-bytes!!';
var hs256 = function (claims, secret) {
    if (secret === void 0) { secret = SECRET; }
    return new jose_1.SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));
};
var verdict = function () { return react_1.screen.findByText(/HMAC signature/); };
function verifyWith(secret) {
    return __awaiter(this, void 0, void 0, function () {
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, user_event_1.default.type(react_1.screen.getByLabelText(/Client secret/), secret)];
                case 1:
                    _a.sent();
                    return [4 /*yield*/, user_event_1.default.click(react_1.screen.getByRole('button', { name: 'Verify with the secret' }))];
                case 2:
                    _a.sent();
                    return [2 /*return*/];
            }
        });
    });
}
(0, vitest_1.describe)('SecretVerification', function () {
    (0, vitest_1.it)('verifies an HS256 id_token with the right secret and refuses a wrong one', function () { return __awaiter(void 0, void 0, void 0, function () {
        var _a, _b, _c;
        return __generator(this, function (_d) {
            switch (_d.label) {
                case 0:
                    _a = render_1.renderWithQueries;
                    return [4 /*yield*/, hs256({ sub: 'ada' })];
                case 1:
                    _a.apply(void 0, [<secret_verification_1.SecretVerification idToken={_d.sent()}/>]);
                    return [4 /*yield*/, verifyWith(SECRET)];
                case 2:
                    _d.sent();
                    _b = vitest_1.expect;
                    return [4 /*yield*/, verdict()];
                case 3:
                    _b.apply(void 0, [(_d.sent()).dataset.status]).toBe('valid');
                    return [4 /*yield*/, user_event_1.default.clear(react_1.screen.getByLabelText(/Client secret/))];
                case 4:
                    _d.sent();
                    return [4 /*yield*/, verifyWith('another-secret-of-at-least-32-bytes!!!')];
                case 5:
                    _d.sent();
                    return [4 /*yield*/, react_1.screen.findByText(/does not match this secret/)];
                case 6:
                    _d.sent();
                    _c = vitest_1.expect;
                    return [4 /*yield*/, verdict()];
                case 7:
                    _c.apply(void 0, [(_d.sent()).dataset.status]).toBe('invalid');
                    return [2 /*return*/];
            }
        });
    }); });
    (0, vitest_1.it)('drops the verdict on the previous id_token when the tokens are refreshed', function () { return __awaiter(void 0, void 0, void 0, function () {
        var view, _a, _b, _c;
        return __generator(this, function (_d) {
            switch (_d.label) {
                case 0:
                    _a = render_1.renderWithQueries;
                    return [4 /*yield*/, hs256({ sub: 'ada', iat: 1 })];
                case 1:
                    view = _a.apply(void 0, [<secret_verification_1.SecretVerification idToken={_d.sent()}/>]);
                    return [4 /*yield*/, verifyWith(SECRET)];
                case 2:
                    _d.sent();
                    return [4 /*yield*/, verdict()];
                case 3:
                    _d.sent();
                    _c = (_b = view).rerender;
                    return [4 /*yield*/, hs256({ sub: 'ada', iat: 2 }, 'the-refreshed-token-has-another-secret!')];
                case 4:
                    _c.apply(_b, [<secret_verification_1.SecretVerification idToken={_d.sent()}/>]);
                    (0, vitest_1.expect)(react_1.screen.queryByText(/HMAC signature/)).toBeNull();
                    return [2 /*return*/];
            }
        });
    }); });
});
