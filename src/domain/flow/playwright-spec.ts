import { DEFAULT_MOCK_SETTINGS, isMockIssuer, type ComposedRequest } from '../request/composed-request';
import { writeUrlParameters } from '../request/permalink';
import { CONTRACT_TEST_IDS, type TestId } from '../../test-ids';

/** What a run showed on the results screen, as the automation contract exposes it. */
export interface RunOutcome {
  readonly signature: 'valid' | 'invalid' | 'unverified';
  readonly scopes: readonly { readonly scope: string; readonly outcome: string }[];
  readonly claims: readonly { readonly claim: string; readonly target: string; readonly outcome: string; readonly source: string }[];
}

/** One web-first assertion of an exported spec, as data: the spec's text is written from these. */
export type SpecAssertion =
  | { readonly kind: 'attribute'; readonly selector: string; readonly attribute: string; readonly value: string }
  | { readonly kind: 'count'; readonly selector: string; readonly count: number }
  | { readonly kind: 'screenshot'; readonly selector: string; readonly name: string };

export type ExportedSpec =
  | { readonly outcome: 'ready'; readonly fileName: string; readonly text: string; readonly path: string; readonly assertions: readonly SpecAssertion[] }
  | { readonly outcome: 'unsupported'; readonly message: string };

/** Fixed when the run had none: an exported spec must give the same tokens on every machine. */
const EXPORT_CLOCK = '2026-01-01T00:00:00.000Z';
const EXPORT_SEED = 'exported-run';
/** The README's recommendation for a run from page to results ("Use the playground in your own visual regression suite"). */
export const FIRST_ASSERTION_TIMEOUT = '20_000';
export const TEST_TIMEOUT = '60_000';

/**
 * A Playwright spec that reproduces a mock run through the automation contract (README) and
 * asserts what it showed: the signature status, every scope outcome, every claim outcome and its
 * source, and a screenshot of the scope table. Only mock runs can be exported: a real provider's
 * login cannot be driven by URL parameters.
 */
export function exportPlaywrightSpec(request: ComposedRequest, outcome: RunOutcome): ExportedSpec {
  if (!isMockIssuer(request.issuer)) {
    return { outcome: 'unsupported', message: 'Only runs against the built-in mock can be exported: a real provider’s login page cannot be driven by URL parameters.' };
  }
  const seed = request.mock.seed || EXPORT_SEED;
  const path = `/?${exportParameters(request).toString()}`;
  const assertions = specAssertions(outcome);
  const fileName = `oidc-run-${slug(seed)}.spec.ts`;
  return { outcome: 'ready', fileName, path, assertions, text: specText(path, assertions, outcome) };
}

/** The automation contract's parameters for an unattended, deterministic run of this request. */
function exportParameters(request: ComposedRequest): URLSearchParams {
  const params = writeUrlParameters(request);
  params.set('issuer', 'mock');
  params.set('profile', request.mock.behaviour || DEFAULT_MOCK_SETTINGS.behaviour);
  params.set('clock', request.mock.clock || EXPORT_CLOCK);
  params.set('seed', request.mock.seed || EXPORT_SEED);
  params.set('autostart', '1');
  params.set('autologin', '1');
  return params;
}

export function specAssertions(outcome: RunOutcome): SpecAssertion[] {
  return [
    { kind: 'attribute', selector: row(CONTRACT_TEST_IDS.signatureStatus, {}), attribute: 'data-status', value: outcome.signature },
    { kind: 'count', selector: row(CONTRACT_TEST_IDS.scopeOutcome, {}), count: outcome.scopes.length },
    ...outcome.scopes.map((s): SpecAssertion => ({ kind: 'attribute', selector: row(CONTRACT_TEST_IDS.scopeOutcome, { scope: s.scope }), attribute: 'data-outcome', value: s.outcome })),
    { kind: 'count', selector: row(CONTRACT_TEST_IDS.claimOutcome, {}), count: outcome.claims.length },
    ...outcome.claims.flatMap((c): SpecAssertion[] => {
      const selector = row(CONTRACT_TEST_IDS.claimOutcome, { claim: c.claim, target: c.target });
      return [
        { kind: 'attribute', selector, attribute: 'data-outcome', value: c.outcome },
        { kind: 'attribute', selector, attribute: 'data-source', value: c.source },
      ];
    }),
    { kind: 'screenshot', selector: row(CONTRACT_TEST_IDS.scopeTable, {}), name: 'scope-table.png' },
  ];
}

function specText(path: string, assertions: readonly SpecAssertion[], outcome: RunOutcome): string {
  const granted = outcome.scopes.filter((s) => s.outcome === 'granted').map((s) => s.scope).join(' ') || 'none';
  const lines = assertions.map((assertion, index) => {
    const locator = `page.locator(${JSON.stringify(assertion.selector)})`;
    // The first assertion waits for the whole sign-in; the later ones find the results on screen.
    const options = index === 0 ? `, { timeout: ${FIRST_ASSERTION_TIMEOUT} }` : '';
    switch (assertion.kind) {
      case 'attribute':
        return `  await expect(${locator}).toHaveAttribute(${JSON.stringify(assertion.attribute)}, ${JSON.stringify(assertion.value)}${options});`;
      case 'count':
        return `  await expect(${locator}).toHaveCount(${assertion.count}${options});`;
      case 'screenshot':
        return `  await expect(${locator}).toHaveScreenshot(${JSON.stringify(assertion.name)}${options});`;
    }
  });
  return [
    '// Exported from the OIDC Scopes & Claims Playground: reproduces one mock run through its URL',
    '// automation contract (fixed clock and seed, autostart, autologin) and asserts what it showed,',
    '// through the contract\'s data-testid attributes only.',
    '// Set baseURL to where the playground is served. The screenshot needs a baseline on first run.',
    "import { test, expect } from '@playwright/test';",
    '',
    '// Page to results takes 4–9 s on a busy 2-core machine (the worker starts on every page load of',
    "// the flow): more than Playwright's default 5 s expect timeout. The first assertion waits 20 s and",
    '// the test 60 s, as the README recommends; the later assertions find the results already on screen.',
    `test.setTimeout(${TEST_TIMEOUT});`,
    '',
    `test(${JSON.stringify(`mock run: signature ${outcome.signature}, granted ${granted}`)}, async ({ page }) => {`,
    `  await page.goto(${JSON.stringify(path)});`,
    ...lines,
    '});',
    '',
  ].join('\n');
}

/** A CSS selector for a contract row: `[data-testid="…"]` and one `[data-…="…"]` per attribute. */
function row(testId: TestId, attributes: Readonly<Record<string, string>>): string {
  return [`[data-testid=${cssString(testId)}]`, ...Object.entries(attributes).map(([name, value]) => `[data-${name}=${cssString(value)}]`)].join('');
}

/** A CSS string (CSS Syntax §4.3.5): backslash, quote and line breaks escaped. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\a ')}"`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'run';
}
