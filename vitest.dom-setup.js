"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
var react_1 = require("@testing-library/react");
var vitest_1 = require("vitest");
// Testing Library unmounts by itself only when vitest's globals are on; they are off here.
(0, vitest_1.afterEach)(react_1.cleanup);
