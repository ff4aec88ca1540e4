import { readFile } from 'node:fs/promises';
import { test, expect, TEST_IDS, byTestId } from './fixtures';
import type { Page } from '@playwright/test';

/** A plain logo: a circle and two letters, as a customer's logo file would be. */
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">
<circle cx="20" cy="20" r="16" fill="#aa3300"/><text x="44" y="27" font-family="DejaVu Sans" font-size="20" fill="#aa3300">Acme</text></svg>`;

/** An SVG that tries to run script every way it can: a shown image must run none of it. */
const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="window.top.__pwned='onload'">
<script>window.top.__pwned = 'script'; alert('svg script ran');</script>
<rect width="40" height="40" fill="#226644"/>
<foreignObject width="40" height="40"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"></iframe></foreignObject>
</svg>`;

function svgFile(name: string, svg: string) {
  return { name, mimeType: 'image/svg+xml', buffer: Buffer.from(svg) };
}

async function brand(page: Page, { provider, client, accent }: { provider: string; client: string; accent: string }) {
  const branding = page.getByRole('group', { name: 'Branding of the mock’s pages' });
  await branding.getByLabel('Provider display name').fill(provider);
  await branding.getByLabel('Client display name').fill(client);
  await branding.getByLabel('Accent colour').fill(accent);
  return branding;
}

test('the mock login page carries the provider name, logo, accent colour and client name, kept across a reload', async ({ page, compose, login, results }, testInfo) => {
  await compose.open();
  const branding = await brand(page, { provider: 'Acme ID', client: 'Acme Shop', accent: '#aa3300' });
  await branding.getByLabel('Choose a logo').setInputFiles(svgFile('acme.svg', LOGO_SVG));
  await expect(branding.getByRole('img', { name: 'Acme ID logo' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Provider display name')).toHaveValue('Acme ID');
  await compose.start();

  const logo = page.getByRole('img', { name: 'Acme ID logo' });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByText('Acme ID', { exact: true })).toBeVisible();
  await expect(page.getByText('to continue to Acme Shop')).toBeVisible();
  const submit = byTestId(page, TEST_IDS.mockLoginSubmit);
  await expect(submit).toHaveCSS('background-color', 'rgb(170, 51, 0)');
  await expect(submit).toHaveCSS('color', 'rgb(255, 255, 255)');
  await page.screenshot({ path: testInfo.outputPath('branded-login.png') });
  await page.screenshot({ path: 'shots/i27/branded-login.png' });
  await login.signIn();
  await results.waitForRun();
});

test('each profile has a neutral look named after it, without a logo', async ({ page, compose }) => {
  await compose.open('?profile=next-identity');
  await compose.start();
  await expect(page.getByText('Mock Next Identity', { exact: true })).toBeVisible();
  // Without a client display name the client is named once, by its ID, not again as "to continue to playground".
  await expect(page.getByText(/to continue to/)).toHaveCount(0);
  await expect(page.getByRole('definition').filter({ hasText: 'playground' })).toBeVisible();
  await expect(page.getByRole('img')).toHaveCount(0);
  await expect(byTestId(page, TEST_IDS.mockLoginSubmit)).toHaveCSS('background-color', 'rgb(91, 63, 143)');
});

test('a hostile SVG logo is shown as an image and runs no script', async ({ page, compose }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await compose.open();
  const branding = page.getByRole('group', { name: 'Branding of the mock’s pages' });
  await branding.getByLabel('Choose a logo').setInputFiles(svgFile('evil.svg', HOSTILE_SVG));
  await compose.start();
  const logo = page.getByRole('img', { name: 'Mock Hosted Login logo' });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  // Give any script the time to run, had it been able to.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The page holds it as an <img src="data:…">, never as markup.
  await expect(page.locator('svg script')).toHaveCount(0);
  expect(await logo.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
});

test('an oversized logo and a file that only pretends to be an image are refused, and the current logo stays', async ({ page, compose }) => {
  await compose.open();
  const branding = page.getByRole('group', { name: 'Branding of the mock’s pages' });
  await branding.getByLabel('Choose a logo').setInputFiles(svgFile('acme.svg', LOGO_SVG));
  await expect(branding.getByRole('img', { name: 'Mock Hosted Login logo' })).toBeVisible();

  const big = Buffer.alloc(150_000);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(big);
  await branding.getByLabel('Replace logo').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: big });
  await expect(branding.getByRole('alert')).toHaveText('huge.png is 150 kB; a logo can be up to 100 kB. Choose a smaller file; the current logo is kept.');
  await expect(branding.getByRole('img', { name: 'Mock Hosted Login logo' })).toBeVisible();

  await branding.getByLabel('Replace logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await expect(branding.getByRole('alert')).toContainText('logo.png is not a PNG, JPEG, WebP or SVG image (its content was checked, not its name).');
  expect(await branding.getByRole('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
});

test('the permalink carries the branding; a logo too large for it goes in the export only, and the share panel says so', async ({ page, compose, browser }, testInfo) => {
  await compose.open();
  const branding = await brand(page, { provider: 'Acme ID', client: 'Acme Shop', accent: '#aa3300' });
  const largeSvg = LOGO_SVG.replace('</svg>', `<desc>${'A'.repeat(6_000)}</desc></svg>`);
  await branding.getByLabel('Choose a logo').setInputFiles(svgFile('large.svg', largeSvg));
  await expect(byTestId(page, TEST_IDS.logoNotInLink)).toContainText('is too large for a link');
  const link = await byTestId(page, TEST_IDS.permalink).innerText();
  expect(new URL(link).searchParams.get('brand_name')).toBe('Acme ID');
  expect(new URL(link).searchParams.has('brand_logo')).toBe(false);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = testInfo.outputPath('request.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { request: { mock: { branding: { logo: string; providerName: string } } } };
  expect(exported.request.mock.branding).toMatchObject({ providerName: 'Acme ID', logo: expect.stringMatching(/^data:image\/svg\+xml;base64,/) });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await byTestId(other, TEST_IDS.startSignin).click();
  await expect(other.getByText('Acme ID', { exact: true })).toBeVisible();
  await expect(byTestId(other, TEST_IDS.mockLoginSubmit)).toHaveCSS('background-color', 'rgb(170, 51, 0)');
  await expect(other.getByRole('img')).toHaveCount(0);
  await fresh.close();
});
