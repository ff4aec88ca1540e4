import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, TEST_IDS } from './fixtures';

type Assertion = { method: 'toHaveAttribute' | 'toHaveCount' | 'toHaveScreenshot'; selector: string; args: unknown[] };

/** Reads an exported spec back: where it starts, and every web-first assertion it makes, line by line (their timeouts aside). */
function readExportedSpec(text: string): { path: string; assertions: Assertion[] } {
  const goto = /^ {2}await page\.goto\(("(?:\\.|[^"\\])*")\);$/m.exec(text);
  if (!goto) throw new Error('the exported spec does not open the app');
  const assertions = [...text.matchAll(/^ {2}await expect\(page\.locator\(("(?:\\.|[^"\\])*")\)\)\.(toHaveAttribute|toHaveCount|toHaveScreenshot)\((.*)\);$/gm)].map(
    ([, selector = '', method, args]) => ({ method: method as Assertion['method'], selector: JSON.parse(selector) as string, args: JSON.parse(`[${(args ?? '').replace(/, \{ timeout: [\d_]+ \}$/, '')}]`) as unknown[] }),
  );
  return { path: JSON.parse(goto[1] ?? '') as string, assertions };
}

/** Runs the exported assertions on a page; a screenshot has no baseline here, so its panel must only be there to shoot. */
async function runAssertions(page: Page, assertions: readonly Assertion[], timeout?: number): Promise<string[]> {
  const failures: string[] = [];
  for (const { method, selector, args } of assertions) {
    const locator = page.locator(selector);
    try {
      if (method === 'toHaveAttribute') await expect(locator).toHaveAttribute(args[0] as string, args[1] as string, { timeout });
      else if (method === 'toHaveCount') await expect(locator).toHaveCount(args[0] as number, { timeout });
      else await expect(locator).toBeVisible({ timeout });
    } catch {
      failures.push(`${selector} ${method} ${JSON.stringify(args)}`);
    }
  }
  return failures;
}

test('an exported Playwright spec reproduces the run and its assertions pass, and fail when the outcome changes', async ({ page, compose, login, results }) => {
  test.setTimeout(90_000);
  await compose.open();
  await compose.requestScopes(['openid', 'email', 'address', 'bob']);
  await compose.typeClaims('{"id_token":{"gender":null}}');
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Playwright test' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^oidc-run-[a-z0-9-]+\.spec\.ts$/);
  const folder = join(import.meta.dirname, 'generated');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');

  expect(text).toContain("import { test, expect } from '@playwright/test';");
  expect(text).not.toContain((await results.json(TEST_IDS.tokenResponse)).id_token as string);
  const spec = readExportedSpec(text);
  const parameters = new URL(spec.path, 'http://app.test').searchParams;
  expect(Object.fromEntries(parameters)).toMatchObject({ issuer: 'mock', scope: 'openid email address bob', autostart: '1', autologin: '1', profile: 'hosted-login' });
  expect(parameters.get('clock')).toBeTruthy();
  expect(parameters.get('seed')).toBeTruthy();
  expect(spec.assertions.map((a) => a.method)).toEqual(expect.arrayContaining(['toHaveAttribute', 'toHaveCount', 'toHaveScreenshot']));
  expect(spec.assertions.find((a) => a.selector.includes('data-scope="address"'))?.args).toEqual(['data-outcome', 'dropped-by-policy']);

  // The exported run, unattended: every assertion holds.
  await page.goto(spec.path);
  await expect(page).toHaveURL(/\/results$/, { timeout: 30_000 });
  expect(await runAssertions(page, spec.assertions)).toEqual([]);

  // The same spec against a policy that now grants address: it fails, on the address scope among others.
  parameters.set('allowed_scopes', 'openid profile email phone address');
  await page.goto(`/?${parameters.toString()}`);
  await expect(page).toHaveURL(/\/results$/, { timeout: 30_000 });
  await expect(results.scopeOutcome('address')).toHaveAttribute('data-outcome', 'granted');
  const failures = await runAssertions(page, spec.assertions, 1_000);
  expect(failures).toContainEqual(expect.stringContaining('[data-scope="address"] toHaveAttribute'));
});

/** A Playwright config for exported specs, against the app this suite already serves. */
function exportedSpecConfig(baseURL: string): string {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
  return `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: './test-results',
  reporter: 'line',
  timeout: 60_000,
  // No baseline is committed for an exported spec: its first run writes the screenshot.
  updateSnapshots: 'missing',
  use: {
    baseURL: ${JSON.stringify(baseURL)},
    timezoneId: 'UTC',
    launchOptions: { executablePath: ${JSON.stringify(executablePath || undefined)}, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] },
  },
});
`;
}

test('an exported spec file runs under Playwright as another team would run it, and passes', async ({ page, compose, login, results, baseURL }) => {
  test.setTimeout(150_000);
  await compose.open();
  await compose.requestScopes(['openid', 'email', 'address']);
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Playwright test' }).click();
  const download = await downloading;

  const folder = join(import.meta.dirname, 'generated', 'run');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  await download.saveAs(join(folder, download.suggestedFilename()));
  writeFileSync(join(folder, 'playwright.config.ts'), exportedSpecConfig(baseURL!));

  // The child run must not take this worker's settings for its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(TEST_|PW_|PLAYWRIGHT_(?!CHROMIUM_PATH))/.test(name)));
  const run = (args: string[]) => spawnSync('npx', ['playwright', 'test', '--config', join(folder, 'playwright.config.ts'), ...args], { cwd: folder, env, encoding: 'utf8', timeout: 120_000 });
  // updateSnapshots 'missing': this first run writes the screenshot baseline and passes on it.
  const result = run([]);
  expect(result.status, result.stdout + result.stderr).toBe(0);
  expect(result.stdout).toMatch(/1 passed/);
  expect(readdirSync(join(folder, `${download.suggestedFilename()}-snapshots`))).toEqual([expect.stringMatching(/^scope-table.*\.png$/)]);
});
