import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, TEST_IDS } from './fixtures';
import { ResultsPage } from './pages/results-page';
import { MockLoginPage } from './pages/mock-login-page';

/** The prepared users' subjects (src/domain/mock/prepared-users.ts). */
const SUB = {
  full: '3c388dd9-5bcc-4883-9a91-d51129110a4a',
  minimal: '6f1c2a4e-0b7d-4d8e-9a51-2f3b7c9d1e20',
  'unverified-email': '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  'custom-attributes': 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
} as const;

interface TabConfiguration {
  readonly user: keyof typeof SUB;
  readonly scope: string;
  readonly allowed?: string;
  readonly profile?: string;
  readonly seed?: string;
  /** The scope outcomes this configuration must show. */
  readonly outcomes: Record<string, 'granted' | 'dropped-by-policy'>;
}

function autostartUrl(configuration: TabConfiguration): string {
  const params = new URLSearchParams({ user: configuration.user, scope: configuration.scope, autostart: '1', autologin: '1' });
  if (configuration.allowed) params.set('allowed_scopes', configuration.allowed);
  if (configuration.profile) params.set('profile', configuration.profile);
  if (configuration.seed) params.set('seed', configuration.seed);
  return `/?${params}`;
}

/** Eight configurations: four users, three behaviour profiles, four token policies, two deterministic with one seed. */
const EIGHT: readonly TabConfiguration[] = [
  { user: 'full', scope: 'openid profile email', outcomes: { openid: 'granted', profile: 'granted', email: 'granted' } },
  { user: 'minimal', scope: 'openid profile email', allowed: 'openid profile', profile: 'oidc-core', outcomes: { profile: 'granted', email: 'dropped-by-policy' } },
  { user: 'unverified-email', scope: 'openid email', profile: 'next-identity', outcomes: { email: 'granted' } },
  { user: 'custom-attributes', scope: 'openid email phone profile', allowed: 'openid email phone', outcomes: { phone: 'granted', profile: 'dropped-by-policy' } },
  { user: 'full', scope: 'openid phone', allowed: 'openid', outcomes: { phone: 'dropped-by-policy' } },
  { user: 'minimal', scope: 'openid email', seed: 'eight-tabs', outcomes: { email: 'granted' } },
  { user: 'unverified-email', scope: 'openid profile email', allowed: 'openid email', profile: 'oidc-core', outcomes: { email: 'granted', profile: 'dropped-by-policy' } },
  // The same seed as tab 6 with other settings: a seed alone made the same state, and the later launch won.
  { user: 'custom-attributes', scope: 'openid profile', profile: 'next-identity', seed: 'eight-tabs', outcomes: { profile: 'granted' } },
];

/** Whether a tab's finished run is its own: its user, its subject in the id_token and userinfo, its scope outcomes. */
async function problemsOf(page: Page, configuration: TabConfiguration): Promise<string[]> {
  const results = new ResultsPage(page);
  const problems: string[] = [];
  try {
    // Eight tabs share two cores here: a slow tab is not a hung one, so the wait is long.
    await expect(page).toHaveURL(/\/results$/, { timeout: 60_000 });
    await expect(results.signature).toBeVisible({ timeout: 30_000 });
  } catch {
    const shown = (await page.locator('main').first().innerText({ timeout: 1000 }).catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
    // What the tab says about its launch, which the first lines of the screen may not reach.
    const alerts = await page.getByRole('alert').or(page.getByTestId(TEST_IDS.launchWait)).allInnerTexts().catch(() => []);
    return [`did not finish (at ${new URL(page.url()).pathname}; alerts: ${JSON.stringify(alerts)}; the page says: ${shown})`];
  }
  const user = await page.getByTestId(TEST_IDS.signedInUser).getAttribute('data-user');
  if (user !== configuration.user) problems.push(`signed in ${user}, not ${configuration.user}`);
  if ((await results.signature.getAttribute('data-status')) !== 'valid') problems.push('signature not valid');
  const idToken = await results.json(TEST_IDS.idTokenPayload);
  if (idToken.sub !== SUB[configuration.user]) problems.push(`id_token sub ${String(idToken.sub)}`);
  const userinfo = await results.json(TEST_IDS.userinfoResponse);
  if (userinfo.sub !== SUB[configuration.user]) problems.push(`userinfo sub ${String(userinfo.sub)}`);
  const outcomes = await results.scopeOutcomes();
  for (const [scope, outcome] of Object.entries(configuration.outcomes)) {
    if (outcomes[scope] !== outcome) problems.push(`${scope} ${outcomes[scope]}, not ${outcome}`);
  }
  return problems;
}

/** Opens one tab per configuration, starts them all at once, and says what went wrong in each. */
async function roundOfTabs(context: BrowserContext, configurations: readonly TabConfiguration[]): Promise<string[]> {
  const pages = await Promise.all(configurations.map(() => context.newPage()));
  try {
    await Promise.all(pages.map((page, i) => page.goto(autostartUrl(configurations[i]!))));
    const verdicts = await Promise.all(pages.map((page, i) => problemsOf(page, configurations[i]!)));
    return verdicts.flatMap((problems, i) => problems.map((problem) => `tab ${i + 1} (${configurations[i]!.user}): ${problem}`));
  } finally {
    await Promise.all(pages.map((page) => page.close()));
  }
}

test('tab A signs in, tab B signs in as another user, tab A refreshes: still A’s user, claims and subject', async ({ page, context }) => {
  test.setTimeout(60_000);
  const results = new ResultsPage(page);
  await page.goto('/?user=full&scope=openid%20profile%20email%20offline_access&autostart=1&autologin=1');
  await results.waitForRun();
  const firstUserinfo = await results.json(TEST_IDS.userinfoResponse);

  const tabB = await context.newPage();
  await tabB.goto('/?user=minimal&scope=openid%20profile%20offline_access&allowed_scopes=openid%20profile%20offline_access&profile=oidc-core&autostart=1&autologin=1');
  await new ResultsPage(tabB).waitForRun();
  await expect(tabB.getByTestId(TEST_IDS.signedInUser)).toHaveAttribute('data-user', 'minimal');

  await page.bringToFront();
  await page.getByRole('button', { name: 'Refresh tokens' }).click();
  await expect(page.getByTestId(TEST_IDS.refreshStatus)).toContainText('refreshed 1 time');
  await expect(results.flowError).toHaveCount(0);
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  expect(await results.json(TEST_IDS.idTokenPayload)).toMatchObject({ sub: SUB.full });
  // oidc-client-ts reloads userinfo on a refresh; the panel shows the latest answer.
  expect(await results.json(TEST_IDS.userinfoResponse)).toEqual(firstUserinfo);
  await expect(page.getByTestId(TEST_IDS.signedInUser)).toHaveAttribute('data-user', 'full');
});

test('two tabs in deterministic mode with one seed and different users: each login page has its own state and signs in its own user', async ({ page, context }) => {
  test.setTimeout(60_000);
  // Both wait on their login pages, so the second launch is bound before the first signs in.
  await page.goto('/?user=full&scope=openid&seed=two-tabs&autostart=1');
  await expect(page).toHaveURL(/\/mock-op\/authorize\?/, { timeout: 20_000 });
  const tabB = await context.newPage();
  await tabB.goto('/?user=minimal&scope=openid&seed=two-tabs&autostart=1');
  await expect(tabB).toHaveURL(/\/mock-op\/authorize\?/, { timeout: 20_000 });
  const stateOf = (tab: Page) => new URL(tab.url()).searchParams.get('state');
  expect.soft(stateOf(tabB)).not.toBe(stateOf(page));

  await page.bringToFront();
  await new MockLoginPage(page).signIn();
  const results = new ResultsPage(page);
  await results.waitForRun();
  expect(await results.json(TEST_IDS.idTokenPayload)).toMatchObject({ sub: SUB.full });
});

test('eight tabs with eight configurations, started together, each get their own sign-in, round after round', async ({ context }) => {
  // Three rounds in the suite; E2E_TAB_ROUNDS=10 for the ten rounds in a row.
  const rounds = Number(process.env.E2E_TAB_ROUNDS ?? 3);
  test.setTimeout(rounds * 120_000);
  const failures: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    const problems = await roundOfTabs(context, EIGHT);
    failures.push(...problems.map((problem) => `round ${round}, ${problem}`));
  }
  const right = rounds * EIGHT.length - new Set(failures.map((f) => f.split(':')[0])).size;
  test.info().annotations.push({ type: 'tab-runs right', description: `${right} of ${rounds * EIGHT.length}` });
  console.info(`eight tabs: ${right} of ${rounds * EIGHT.length} tab-runs right`);
  expect(failures).toEqual([]);
});

test('a tab whose worker another tab registers while it starts is not reloaded: its autostart link still launches', async ({ page, context, results }) => {
  // The race of tabs started together, made certain: the moment MSW looks for registrations of its
  // worker (msw get-worker-instance.ts), "another tab" has just registered it, and its install (the
  // shell document) takes a moment. MSW reloads a page it finds uncontrolled then, and the reload
  // lands on the tidied address: the launch was lost.
  await context.route('**/index.html', async (route) => {
    if (route.request().serviceWorker()) await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.fallback();
  });
  await page.addInitScript(() => {
    const loads = JSON.parse(sessionStorage.getItem('e2e.loads') ?? '[]') as string[];
    sessionStorage.setItem('e2e.loads', JSON.stringify([...loads, location.pathname + location.search]));
    const getRegistrations = ServiceWorkerContainer.prototype.getRegistrations;
    ServiceWorkerContainer.prototype.getRegistrations = async function (this: ServiceWorkerContainer) {
      if (!this.controller) await this.register('/app-worker.js', { scope: '/' });
      return getRegistrations.call(this);
    };
  });
  await page.goto('/?scope=openid&autostart=1&autologin=1');
  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  const loads = await page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e.loads') ?? '[]') as string[]);
  expect(loads.filter((load) => load.startsWith('/?') || load === '/'), 'document loads of the compose screen').toEqual(['/?scope=openid&autostart=1&autologin=1']);
});

test('a launch whose mock provider hangs says within 10 s what it waits for, and Try again really starts afresh', async ({ page, compose, results }) => {
  test.setTimeout(60_000);
  // The first page's worker registration never answers, as a hung start would; a new page is fine.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e.held')) return;
    sessionStorage.setItem('e2e.held', '1');
    ServiceWorkerContainer.prototype.register = () => new Promise(() => undefined);
  });
  await compose.open('?scope=openid&autologin=1');
  await compose.start();

  const waiting = page.getByTestId(TEST_IDS.launchWait);
  await expect(waiting).toBeVisible({ timeout: 10_000 });
  await expect(waiting).toHaveAttribute('data-phase', 'mock-provider');
  await expect(waiting.getByRole('status')).toContainText('Still waiting after 8 s for the built-in mock provider to start in this tab');
  // Waiting on the same start would wait forever: Try again launches the same request in a new page.
  await waiting.getByRole('button', { name: 'Try again' }).click();
  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  expect(await results.json(TEST_IDS.idTokenPayload)).toMatchObject({ aud: 'playground' });
});
