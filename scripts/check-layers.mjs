// Proves the layer rules bite: each probe is a deliberate violation linted with the project's own
// ESLint config, as if it were a file at that path; the script fails if any probe passes.
// Type-aware rules are off for the probes (the files do not exist for the TypeScript project).
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { DOMAIN_FOLDERS } from './domain-folders.mjs';

const PROBES = [
  ['src/domain/layer-probe.ts', "export const page = () => import('../features/results/results-page');\n", 'import-x/no-restricted-paths'],
  ['src/domain/layer-probe.ts', "export { saveLastRun } from '../lib/run-store';\n", 'import-x/no-restricted-paths'],
  ['src/state/layer-probe.ts', "export { goTo } from '../lib/navigation';\n", 'import-x/no-restricted-paths'],
  ['src/lib/layer-probe.ts', "export { ResultsPage } from '../../src/features/results/results-page';\n", 'import-x/no-restricted-paths'],
  ['src/features/compare/layer-probe.ts', "export { ResultsPage } from '../results/results-page';\n", 'import-x/no-restricted-paths'],
  ['src/features/compare/layer-probe.ts', "export { createProvider } from '../../../mocks/provider/provider';\n", 'import-x/no-restricted-paths'],
  ['mocks/provider/layer-probe.ts', "export { saveLastRun } from '../../src/lib/run-store';\n", 'import-x/no-restricted-paths'],
  ['src/domain/layer-probe.ts', "import { useState } from 'react';\nexport const s = useState;\n", 'no-restricted-imports'],
  // Sub-domains: every folder of src/domain is refused the nearest folder above it that it may not import.
  ...Object.entries(DOMAIN_FOLDERS).map(([folder, { imports }], index, folders) => {
    const forbidden = folders.map(([other]) => other).filter((other) => other !== folder && !imports.includes(other));
    const target = forbidden.find((other) => folders.findIndex(([name]) => name === other) > index) ?? forbidden[0];
    const module = readdirSync(new URL(`../src/domain/${target}/`, import.meta.url)).find((name) => /^[a-z-]+\.ts$/.test(name));
    return [`src/domain/${folder}/layer-probe.ts`, `export const probe = () => import('../${target}/${module.replace(/\.ts$/, '')}');\n`, 'import-x/no-restricted-paths'];
  }),
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
