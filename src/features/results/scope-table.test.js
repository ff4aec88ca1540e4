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
Object.defineProperty(exports, "__esModule", { value: true });
var react_1 = require("@testing-library/react");
var vitest_1 = require("vitest");
var composed_request_1 = require("../../domain/composed-request");
var signed_run_1 = require("../../testing/signed-run");
var test_ids_1 = require("../../test-ids");
var scope_table_1 = require("./scope-table");
var outcomes = function () {
    return Object.fromEntries(react_1.screen.getAllByTestId(test_ids_1.TEST_IDS.scopeOutcome).map(function (row) { return [row.dataset.scope, row.dataset.outcome]; }));
};
(0, vitest_1.describe)('ScopeTable', function () {
    (0, vitest_1.it)('shows each requested scope with its outcome under the mock token policy', function () {
        var run = (0, signed_run_1.completedRun)({ requestedScopes: ['openid', 'email', 'address'], tokenResponse: { scope: 'openid email' } });
        (0, react_1.render)(<scope_table_1.ScopeTable run={run}/>);
        (0, vitest_1.expect)(outcomes()).toEqual({ openid: 'granted', email: 'granted', address: 'dropped-by-policy' });
        var address = react_1.screen.getAllByTestId(test_ids_1.TEST_IDS.scopeOutcome).find(function (row) { return row.dataset.scope === 'address'; });
        (0, vitest_1.expect)((0, react_1.within)(address).getByText('dropped by policy')).toBeTruthy();
        (0, vitest_1.expect)((0, react_1.within)(address).getByText('token policy excludes it')).toBeTruthy();
        (0, vitest_1.expect)(react_1.screen.getByRole('heading', { name: 'Scopes: requested, allowed, granted' })).toBeTruthy();
    });
    (0, vitest_1.it)('says the granted scopes are assumed when a real provider sent no scope', function () {
        var run = (0, signed_run_1.completedRun)({ request: __assign(__assign({}, composed_request_1.DEFAULT_REQUEST), { issuer: 'https://op.example' }), requestedScopes: ['openid', 'email'], tokenResponse: {} });
        (0, react_1.render)(<scope_table_1.ScopeTable run={run}/>);
        (0, vitest_1.expect)(react_1.screen.getByText(/the granted scopes below are assumed to be those requested/)).toBeTruthy();
        (0, vitest_1.expect)(react_1.screen.getByRole('heading', { name: 'Scopes: requested and granted' })).toBeTruthy();
        (0, vitest_1.expect)(outcomes()).toEqual({ openid: 'granted', email: 'granted' });
    });
    (0, vitest_1.it)('lists a scope granted without being requested', function () {
        var run = (0, signed_run_1.completedRun)({ requestedScopes: ['openid'], tokenResponse: { scope: 'openid offline_access' } });
        (0, react_1.render)(<scope_table_1.ScopeTable run={run}/>);
        (0, vitest_1.expect)(react_1.screen.getByText('Granted without being requested: offline_access.')).toBeTruthy();
    });
});
