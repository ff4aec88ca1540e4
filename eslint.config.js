import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url));

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
  { ignores: ['dist', 'dist-subpath', 'public/mockServiceWorker.js', 'playwright-report', 'test-results', 'e2e/generated'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...restrictedSyntax],
    },
  },
  {
    // The specs find elements through the same dictionary as the app (byTestId, TEST_IDS), never by a typed id.
    files: ['e2e/**/*.ts'],
    ignores: ['e2e/support/by-test-id.ts'],
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
    // Layering: the domain imports nothing of ours; features never reach into the mock provider.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/lib/**', '**/features/**', '**/app/**', '**/mocks/**', 'react', 'react-dom'] }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/features/**', '**/app/**'] }],
    },
  },
  // A feature uses domain, lib and components, never another feature, the app or the mock's insides.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/mocks/**', '**/app/**', ...features.filter((f) => f !== feature).map((f) => `../${f}/*`)] },
      ],
    },
  })),
  {
    files: ['mocks/provider/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/src/lib/**', '**/src/features/**', '**/src/app/**', 'react'] }],
    },
  },
);
