import type { Page } from '@playwright/test';
import { SCENARIOS } from '../src/domain/scenarios/scenarios';
import { test, expect, TEST_IDS } from './fixtures';

/**
 * The visual regression suite: every screen and every scenario, in both themes, in
 * deterministic mode (fixed clock and seed), so a screenshot changes only when the screen does.
 */
const DETERMINISTIC = 'clock=2026-01-15T09%3A30%3A00Z&seed=visual';

test.use({ allowedConsoleErrors: /status of 400/ });

async function openDeterministic(page: Page, path = '/') {
  await page.goto(`/?${DETERMINISTIC}`);
  await expect(page.getByTestId(TEST_IDS.startSignin)).toBeVisible();
  if (path !== '/') await page.goto(path);
}

/** Runs a scenario from its card, confirming the replacement when the card asks (the URL's clock and seed are an edit). */
async function runScenario(page: Page, id: string) {
  await page.locator(`[data-scenario="${id}"]`).getByRole('button', { name: 'Run' }).click();
  const confirm = page.getByTestId(TEST_IDS.confirmReplace);
  const verdict = page.getByTestId(TEST_IDS.scenarioVerdict);
  await expect(confirm.or(verdict)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(verdict).toBeVisible();
}

/**
 * What shows the origin the suite serves the app from (E2E_APP_PORT moves it): the authorize request
 * (its redirect_uri and the mock's endpoint) and the permalink. Masked, so the baselines hold on any
 * port; what the mock issues does not depend on the origin in deterministic mode (src/domain/mock/mock-issuer.ts).
 */
function originMasks(page: Page) {
  return [page.getByTestId(TEST_IDS.authorizeUrl), page.getByTestId(TEST_IDS.permalink), page.getByTestId(TEST_IDS.redirectUri)];
}

async function settle(page: Page) {
  // The fonts are local (DejaVu), so there is no web font to wait for: only the page and its busy states.
  await page.waitForLoadState('load');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // A lazy screen's loading fallback must be gone, not captured beside the screen.
  await expect(page.locator('p.loading')).toHaveCount(0);
}

/**
 * Each screen is reached once and captured in both themes: the theme follows the operating system's
 * setting until the person picks one (src/state/preferences.ts), so switching the emulated setting
 * repaints the same screen in the other theme, as it does for a person who switches at dusk.
 */
const THEMES = ['light', 'dark'] as const;

async function captureBothThemes(page: Page, name: string, options: { fullPage?: boolean } = { fullPage: true }) {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await settle(page);
    await expect(page).toHaveScreenshot(`${name}-${theme}.png`, { ...options, mask: originMasks(page) });
  }
}

test.describe('both themes', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('compose screen', async ({ page }) => {
    await openDeterministic(page);
    // A first visit shows the claims editor only: the mock's user and login-policy editors open on demand.
    await expect(page.locator('.cm-content')).toHaveCount(1);
    await captureBothThemes(page, 'compose');
  });

  for (const [path, name] of [['/scenarios', 'scenarios'], ['/catalogue', 'catalogue'], ['/results', 'results-empty'], ['/compare', 'compare-empty']] as const) {
    test(`${name} screen`, async ({ page }) => {
      await openDeterministic(page, path);
      await captureBothThemes(page, name);
    });
  }

  test('mock login page', async ({ page }) => {
    await openDeterministic(page);
    await page.getByTestId(TEST_IDS.startSignin).click();
    await expect(page.getByTestId(TEST_IDS.mockLoginSubmit)).toBeVisible();
    await captureBothThemes(page, 'mock-login', {});
  });

  for (const scenario of SCENARIOS) {
    test(`results of scenario ${scenario.id}, which matches its stated expectation`, async ({ page }) => {
      await openDeterministic(page, '/scenarios');
      await runScenario(page, scenario.id);
      // The scenario's own check (e2e/scenarios.spec.ts relies on this one): its stated expectation holds.
      const verdict = page.getByTestId(TEST_IDS.scenarioVerdict);
      await expect(verdict, await verdict.innerText()).toHaveAttribute('data-outcome', 'matched');
      await expect(verdict).toContainText(scenario.teaches);
      await captureBothThemes(page, `scenario-${scenario.id}`);
    });
  }

  test('compare screen after adding address to the policy', async ({ page }) => {
    await openDeterministic(page, '/scenarios');
    await runScenario(page, 'policy-drops-address');
    await page.goto('/scenarios');
    await runScenario(page, 'address-added-to-policy');
    await page.getByRole('link', { name: 'Compare' }).click();
    await expect(page.getByTestId(TEST_IDS.scopeChange)).toBeVisible();
    await captureBothThemes(page, 'compare');
  });
});

/**
 * CodeMirror measures line heights only while an editor is in the window: the user-profile and
 * login-policy editors, below the fold at load, once drew their line numbers at a 14 px guess per
 * row against 18 px content lines (100 px apart by line 26) until scrolled to. A full-page capture
 * sees them without scrolling, as a person scrolling down a printed or captured page would.
 */
test.describe('editors that start off screen', () => {
  const EDITORS = ['Mock user profile JSON', 'Mock login policy JSON'];
  test.use({ viewport: { width: 1280, height: 720 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.localStorage.setItem('oidc-playground.preferences', JSON.stringify({ theme: 'light', largeText: false }));
      // The mock's JSON editors start collapsed; this test is about how they draw once open.
      window.localStorage.setItem('oidc-playground.mock-editors-open', '1');
    });
  });

  /** For each editor: where it starts, and how far each line number sits from its content line. */
  const measure = (page: Page) =>
    page.evaluate((labels) => labels.map((label) => {
      const content = document.querySelector(`.cm-content[aria-label="${label}"]`);
      const editor = content?.closest('.cm-editor');
      if (!content || !editor) return { label, top: Number.NaN, scrollY: window.scrollY, lines: [] };
      const numbers = [...editor.querySelectorAll('.cm-lineNumbers .cm-gutterElement')];
      const lines = [...content.querySelectorAll(':scope > .cm-line')].map((line, index) => {
        const number = numbers.find((element) => element.textContent === String(index + 1));
        return { line: index + 1, drift: number ? Math.round(number.getBoundingClientRect().top - line.getBoundingClientRect().top) : Number.NaN };
      });
      return { label, top: editor.getBoundingClientRect().top - window.innerHeight, scrollY: window.scrollY, lines };
    }), EDITORS);

  test('each line number sits on its content line, without scrolling the editors into view', async ({ page }) => {
    await openDeterministic(page);
    await expect(page.locator('.cm-content')).toHaveCount(3);
    await settle(page);
    const before = await measure(page);
    for (const editor of before) {
      // Below the fold and never scrolled to: the case CodeMirror does not measure by itself.
      expect(editor.top, `${editor.label} starts below the window`).toBeGreaterThan(0);
      expect(editor.scrollY).toBe(0);
      expect(editor.lines.length, `${editor.label} renders at least 10 lines`).toBeGreaterThanOrEqual(10);
    }
    // Every rendered line (the profile has 20+, the policy 11), so a 4 px per line drift adds up:
    // each line number within 1 px of its content line. Lists the lines that are off, with how far.
    const offLines = async () => (await measure(page)).map(({ label, lines }) => [label, lines.filter((l) => !(Math.abs(l.drift) <= 1))]);
    await expect.poll(offLines, { timeout: 5_000 }).toEqual(EDITORS.map((label) => [label, []]));
  });

  test('compose screen captured full page, the editors as they were drawn off screen', async ({ page }) => {
    await openDeterministic(page);
    await expect(page.locator('.cm-content')).toHaveCount(3);
    await settle(page);
    for (const editor of await measure(page)) expect(editor.top, `${editor.label} starts below the window`).toBeGreaterThan(0);
    await expect(page).toHaveScreenshot('compose-editors-off-screen.png', { fullPage: true });
  });
});
