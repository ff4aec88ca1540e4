// Proves the layer rules bite: each probe is a deliberate violation linted with the project's own
// ESLint config, as if it were a file at that path; the script fails if any probe passes.
// Type-aware rules are off for the probes (the files do not exist for the TypeScript project).
import { ESLint } from 'eslint';

const PROBES = [
  ['src/domain/layer-probe.ts', "export const page = () => import('../features/results/results-page');\n", 'import-x/no-restricted-paths'],
  ['src/domain/layer-probe.ts', "export { saveLastRun } from '../lib/run-store';\n", 'import-x/no-restricted-paths'],
  ['src/state/layer-probe.ts', "export { goTo } from '../lib/navigation';\n", 'import-x/no-restricted-paths'],
  ['src/lib/layer-probe.ts', "export { ResultsPage } from '../../src/features/results/results-page';\n", 'import-x/no-restricted-paths'],
  ['src/features/compare/layer-probe.ts', "export { ResultsPage } from '../results/results-page';\n", 'import-x/no-restricted-paths'],
  ['src/features/compare/layer-probe.ts', "export { createProvider } from '../../../mocks/provider/provider';\n", 'import-x/no-restricted-paths'],
  ['mocks/provider/layer-probe.ts', "export { saveLastRun } from '../../src/lib/run-store';\n", 'import-x/no-restricted-paths'],
  ['src/domain/layer-probe.ts', "import { useState } from 'react';\nexport const s = useState;\n", 'no-restricted-imports'],
  // Sub-domains (scripts/domain-folders.mjs): a lower folder never imports a higher one.
  ['src/domain/mock/layer-probe.ts', "export { explainClaims } from '../explain/explain-claims';\n", 'import-x/no-restricted-paths'],
  ['src/domain/text/layer-probe.ts', "export { parseClaimsRequest } from '../scopes-and-claims/parse-claims-request';\n", 'import-x/no-restricted-paths'],
  ['src/domain/request/layer-probe.ts', "export const flow = () => import('../flow/flow-run');\n", 'import-x/no-restricted-paths'],
  ['src/domain/explain/layer-probe.ts', "export { scenarioMessages } from '../messages/index';\n", 'import-x/no-restricted-paths'],
];

const TYPE_AWARE = ['no-floating-promises', 'no-misused-promises', 'await-thenable', 'no-unnecessary-type-assertion'];
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: Object.fromEntries(TYPE_AWARE.map((rule) => [`@typescript-eslint/${rule}`, 'off'])),
  },
});

let failed = 0;
for (const [filePath, code, rule] of PROBES) {
  const [result] = await eslint.lintText(code, { filePath });
  const caught = result.messages.some((message) => message.ruleId === rule);
  if (!caught) {
    failed++;
    console.error(`Layer rule did not fire: ${filePath} may do ${JSON.stringify(code.trim())} (expected ${rule}; got ${result.messages.map((m) => m.ruleId ?? m.message).join(', ') || 'nothing'})`);
  }
}
if (failed) process.exit(1);
console.log(`Layer rules: all ${PROBES.length} deliberate violations were refused.`);
