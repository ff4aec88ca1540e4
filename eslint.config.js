import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';
import { DOMAIN_FOLDERS } from './scripts/domain-folders.mjs';

const features = readdirSync(new URL('./src/features', import.meta.url));

/**
 * The layers (docs/architecture.md): domain ← state ← lib / components ← features ← app; the mock
 * provider uses the domain only. Zones are resolved paths, so `../../features/x` and `import()` count too.
 */
const layerZones = [
  { target: './src/domain', from: ['./src/lib', './src/components', './src/features', './src/app', './mocks'], message: 'The domain is pure: it imports only the domain.' },
  { target: './src/state', from: ['./src/lib', './src/components', './src/features', './src/app', './mocks'], message: 'The stores hold state over the domain; they call no adapter and no UI.' },
  { target: ['./src/lib', './src/components'], from: ['./src/features', './src/app'], message: 'lib and components serve features; they never import one.' },
  { target: './src/features', from: ['./src/app', './mocks'], message: 'A feature reaches the app shell and the mock provider only through src/lib.' },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: move what they share to components, lib or domain.',
  })),
  { target: './mocks/provider', from: ['./src/lib', './src/components', './src/features', './src/app'], message: 'The mock provider uses the domain only.' },
  // Inside the domain, each sub-domain imports only the ones below it (scripts/domain-folders.mjs).
  // Tests may reach across: a test of the mock's settings may check the sentence they lead to.
  ...Object.entries(DOMAIN_FOLDERS).map(([folder, { imports }]) => ({
    target: `./src/domain/${folder}/**/!(*.test|*.bench).ts`,
    from: Object.keys(DOMAIN_FOLDERS).filter((other) => other !== folder && !imports.includes(other)).map((other) => `./src/domain/${other}`),
    message: `src/domain/${folder} may import only ${imports.length ? imports.join(', ') : 'nothing of the domain'} (scripts/domain-folders.mjs).`,
  })),
];

const restrictedSyntax = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Token content is never rendered as HTML.',
  },
  // One dictionary of test ids (src/test-ids.ts): a literal here would drift from the e2e specs and the README.
  ...['Literal', 'JSXExpressionContainer > Literal', 'JSXExpressionContainer > TemplateLiteral'].map((value) => ({
    selector: `JSXAttribute[name.name=/^(data-testid|testId)$/] > ${value}`,
    message: 'Take the test id from TEST_IDS (src/test-ids.ts), not a string.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-op', 'dist-subpath', 'public/mockServiceWorker.js', 'playwright-report', 'test-results', 'e2e/generated'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.app.json', 'tsconfig.node.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'no-restricted-syntax': ['error', ...restrictedSyntax],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { allowUnsafeDynamicCyclicDependency: false }],
      'import-x/no-self-import': 'error',
    },
  },
  {
    // The app's service worker template (written to the build by vite.config.ts): plain JS, worker globals.
    files: ['worker/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'script', globals: { ...globals.serviceworker } },
  },
  {
    // The specs find elements through the same dictionary as the app (byTestId, TEST_IDS), never by a typed id.
    files: ['e2e/**/*.ts'],
    // The README's visual-regression example is what another team writes against the documented test ids,
    // without this repository's fixtures: it spells them out on purpose (src/readme-example.test.ts).
    ignores: ['e2e/support/by-test-id.ts', 'e2e/readme-visual-regression.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...restrictedSyntax,
        ...["CallExpression[callee.property.name='getByTestId'] > Literal", 'Literal[value=/data-testid/]', 'TemplateElement[value.raw=/data-testid/]'].map((selector) => ({
          selector,
          message: 'Find it with byTestId(page, TEST_IDS.…) from e2e/fixtures.ts.',
        })),
      ],
    },
  },
  {
    // Playwright fixtures call a parameter named `use`; the hooks rules belong to the app only.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain runs anywhere: no React, no browser-only packages.
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['react', 'react-dom', 'react-router', 'msw', 'oidc-client-ts'] }] },
  },
);
