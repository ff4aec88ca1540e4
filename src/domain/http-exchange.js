"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseJsonBody = parseJsonBody;
/** The body of a recorded answer as JSON, or undefined when it is absent or not JSON. */
function parseJsonBody(exchange) {
    if (!(exchange === null || exchange === void 0 ? void 0 : exchange.responseText))
        return undefined;
    try {
        return JSON.parse(exchange.responseText);
    }
    catch (_a) {
        return undefined;
    }
}
