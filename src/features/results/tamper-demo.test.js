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
var vitest_1 = require("vitest");
var signed_run_1 = require("../../testing/signed-run");
var render_1 = require("../../testing/render");
var tamper_demo_1 = require("./tamper-demo");
var checkButton = function () { return react_1.screen.getByRole('button', { name: 'Check the signature' }); };
var editor = function () { return react_1.screen.getByRole('textbox', { name: 'Tampered id_token payload JSON' }); };
(0, vitest_1.describe)('TamperDemo', function () {
    (0, vitest_1.it)('calls an untouched payload valid and an edited one invalid', function () { return __awaiter(void 0, void 0, void 0, function () {
        var keys, run, _a, _b, _c;
        var _d, _e;
        return __generator(this, function (_f) {
            switch (_f.label) {
                case 0: return [4 /*yield*/, (0, signed_run_1.providerKeys)()];
                case 1:
                    keys = _f.sent();
                    _a = signed_run_1.completedRun;
                    _d = {};
                    _e = {};
                    return [4 /*yield*/, keys.sign({ sub: 'ada' })];
                case 2:
                    run = _a.apply(void 0, [(_d.tokenResponse = (_e.id_token = _f.sent(), _e), _d.jwks = keys.jwks, _d)]);
                    (0, render_1.renderWithQueries)(<tamper_demo_1.TamperDemo run={run}/>);
                    return [4 /*yield*/, user_event_1.default.click(checkButton())];
                case 3:
                    _f.sent();
                    _b = vitest_1.expect;
                    return [4 /*yield*/, react_1.screen.findByText('Still valid')];
                case 4:
                    _b.apply(void 0, [_f.sent()]).toBeTruthy();
                    return [4 /*yield*/, user_event_1.default.clear(editor())];
                case 5:
                    _f.sent();
                    return [4 /*yield*/, user_event_1.default.type(editor(), '{{"sub":"eve"}')];
                case 6:
                    _f.sent();
                    return [4 /*yield*/, user_event_1.default.click(checkButton())];
                case 7:
                    _f.sent();
                    _c = vitest_1.expect;
                    return [4 /*yield*/, react_1.screen.findByText('Signature invalid')];
                case 8:
                    _c.apply(void 0, [_f.sent()]).toBeTruthy();
                    return [2 /*return*/];
            }
        });
    }); });
    (0, vitest_1.it)('calls the untouched payload of a refreshed id_token valid after "Refresh tokens"', function () { return __awaiter(void 0, void 0, void 0, function () {
        var keys, first, _a, refreshed, _b, view, _c;
        var _d, _e, _f, _g;
        return __generator(this, function (_h) {
            switch (_h.label) {
                case 0: return [4 /*yield*/, (0, signed_run_1.providerKeys)()];
                case 1:
                    keys = _h.sent();
                    _a = signed_run_1.completedRun;
                    _d = {};
                    _e = {};
                    return [4 /*yield*/, keys.sign({ sub: 'ada', iat: 1 })];
                case 2:
                    first = _a.apply(void 0, [(_d.tokenResponse = (_e.id_token = _h.sent(), _e), _d.jwks = keys.jwks, _d)]);
                    _b = signed_run_1.completedRun;
                    _f = {};
                    _g = {};
                    return [4 /*yield*/, keys.sign({ sub: 'ada', iat: 2 })];
                case 3:
                    refreshed = _b.apply(void 0, [(_f.tokenResponse = (_g.id_token = _h.sent(), _g), _f.jwks = keys.jwks, _f.refreshCount = 1, _f)]);
                    view = (0, render_1.renderWithQueries)(<tamper_demo_1.TamperDemo run={first}/>);
                    view.rerender(<tamper_demo_1.TamperDemo run={refreshed}/>);
                    return [4 /*yield*/, user_event_1.default.click(checkButton())];
                case 4:
                    _h.sent();
                    _c = vitest_1.expect;
                    return [4 /*yield*/, react_1.screen.findByRole('status')];
                case 5:
                    _c.apply(void 0, [(_h.sent()).dataset.status]).toBe('valid');
                    (0, vitest_1.expect)(JSON.parse(editor().value)).toMatchObject({ iat: 2 });
                    return [2 /*return*/];
            }
        });
    }); });
    (0, vitest_1.it)('drops the verdict on the previous id_token when the tokens are refreshed', function () { return __awaiter(void 0, void 0, void 0, function () {
        var keys, first, _a, refreshed, _b, view;
        var _c, _d, _e, _f;
        return __generator(this, function (_g) {
            switch (_g.label) {
                case 0: return [4 /*yield*/, (0, signed_run_1.providerKeys)()];
                case 1:
                    keys = _g.sent();
                    _a = signed_run_1.completedRun;
                    _c = {};
                    _d = {};
                    return [4 /*yield*/, keys.sign({ sub: 'ada', iat: 1 })];
                case 2:
                    first = _a.apply(void 0, [(_c.tokenResponse = (_d.id_token = _g.sent(), _d), _c.jwks = keys.jwks, _c)]);
                    _b = signed_run_1.completedRun;
                    _e = {};
                    _f = {};
                    return [4 /*yield*/, keys.sign({ sub: 'ada', iat: 2 })];
                case 3:
                    refreshed = _b.apply(void 0, [(_e.tokenResponse = (_f.id_token = _g.sent(), _f), _e.jwks = keys.jwks, _e.refreshCount = 1, _e)]);
                    view = (0, render_1.renderWithQueries)(<tamper_demo_1.TamperDemo run={first}/>);
                    return [4 /*yield*/, user_event_1.default.click(checkButton())];
                case 4:
                    _g.sent();
                    return [4 /*yield*/, react_1.screen.findByRole('status')];
                case 5:
                    _g.sent();
                    view.rerender(<tamper_demo_1.TamperDemo run={refreshed}/>);
                    (0, vitest_1.expect)(react_1.screen.queryByRole('status')).toBeNull();
                    return [2 /*return*/];
            }
        });
    }); });
});
