"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderWithQueries = renderWithQueries;
var react_query_1 = require("@tanstack/react-query");
var react_1 = require("@testing-library/react");
/** Renders with a fresh query client per test, configured like the app's (no retries, never paused offline). */
function renderWithQueries(ui) {
    var client = new react_query_1.QueryClient({
        defaultOptions: { queries: { retry: false, networkMode: 'always' }, mutations: { networkMode: 'always' } },
    });
    return (0, react_1.render)(ui, { wrapper: function (_a) {
            var children = _a.children;
            return <react_query_1.QueryClientProvider client={client}>{children}</react_query_1.QueryClientProvider>;
        } });
}
