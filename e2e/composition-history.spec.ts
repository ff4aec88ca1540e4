import { test, expect, TEST_IDS } from './fixtures';
import { replaceEditorText } from './support/code-editor';

// Long flows on a shared machine: several screens, and sign-ins, per test.
test.describe.configure({ timeout: 60_000 });

test('a scenario asks before replacing unsaved edits, can be undone, and the old composition is kept in History', async ({ page, compose }) => {
  await compose.open();
  const address = compose.scopes.getByRole('checkbox', { name: 'address' });
  await address.check();
  await expect(compose.authorizeUrl).toContainText('scope=openid profile email address');

  await page.getByRole('link', { name: 'Scenarios' }).click();
  await page.locator('[data-scenario="prompt-none-with-session"]').getByRole('button', { name: 'Load' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('replaces your unsaved composition');
  await page.getByRole('button', { name: 'Keep my composition' }).click();
  await expect(page).toHaveURL(/\/scenarios$/);

  await page.locator('[data-scenario="prompt-none-with-session"]').getByRole('button', { name: 'Load' }).click();
  await page.getByTestId(TEST_IDS.confirmReplace).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(compose.authorizeUrl).toContainText('prompt=none');
  await expect(page.getByTestId(TEST_IDS.replacementNotice)).toContainText('prompt=none with a session');

  await page.getByTestId(TEST_IDS.undoReplacement).click();
  await expect(address).toBeChecked();
  await expect(compose.authorizeUrl).not.toContainText('prompt=none');
  await expect(page.getByTestId(TEST_IDS.replacementNotice)).toHaveCount(0);

  const history = page.getByTestId(TEST_IDS.historyEntry);
  await expect(history.first()).toContainText('Mock · openid profile email address');
  await expect(history.first()).toContainText('kept when replaced');

  // Saved in History, so loading again replaces without asking; restoring brings it back.
  await page.goto('/scenarios');
  await page.locator('[data-scenario="prompt-none-with-session"]').getByRole('button', { name: 'Load' }).click();
  await expect(compose.authorizeUrl).toContainText('prompt=none');
  await page.reload();
  await history.filter({ hasText: 'openid profile email address' }).getByRole('button', { name: /Restore/ }).click();
  await expect(address).toBeChecked();
  await expect(compose.authorizeUrl).not.toContainText('prompt=none');
});

test('Reset to defaults for the request, the profile and the policy, each undoable', async ({ page, compose }) => {
  await compose.open();
  await page.getByLabel('prompt').fill('login');
  await page.getByTestId(TEST_IDS.resetRequest).click();
  await expect(page.getByLabel('prompt')).toHaveValue('');
  await page.getByTestId(TEST_IDS.undoReplacement).click();
  await expect(page.getByLabel('prompt')).toHaveValue('login');

  // The mock's JSON editors are collapsed until opened.
  await page.getByRole('button', { name: 'Show the mock user profile and login policy (JSON)' }).click();
  const user = page.getByRole('textbox', { name: 'Mock user profile JSON' });
  await expect(page.locator('.cm-content[aria-label="Mock user profile JSON"]')).toBeVisible();
  await replaceEditorText(user, '{"uuid": "someone-else"}');
  await page.getByRole('button', { name: 'Reset profile to defaults' }).click();
  await expect(user).toContainText('Karim');

  const policy = page.getByRole('textbox', { name: 'Mock login policy JSON' });
  await replaceEditorText(policy, '{}');
  await page.getByRole('button', { name: 'Reset policy to defaults' }).click();
  await expect(policy).toContainText('ad:user_custom:read');
  await page.getByTestId(TEST_IDS.undoReplacement).click();
  await expect(policy).not.toContainText('ad:user_custom:read');
});

test('a launch is kept in History, and each provider mode remembers its issuer and client ID', async ({ page, compose, login }) => {
  await compose.open();
  await compose.scopes.getByRole('checkbox', { name: 'phone' }).check();
  await compose.start();
  await login.signIn();
  await expect(page).toHaveURL(/\/results$/);
  await page.getByRole('link', { name: 'Compose' }).click();
  await expect(page.getByTestId(TEST_IDS.historyEntry).first()).toContainText('openid profile email phone');
  await expect(page.getByTestId(TEST_IDS.historyEntry).first()).toContainText('launched');

  await page.getByLabel('A real provider by issuer URL').check();
  await expect(page.getByRole('textbox', { name: 'Issuer URL' })).toHaveValue('https://');
  await expect(page.getByRole('textbox', { name: 'Issuer URL' })).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('textbox', { name: 'Issuer URL' }).fill('https://login.example.com');
  await page.getByLabel('Client ID').fill('spa-123');
  await page.getByLabel('Built-in mock provider').check();
  await expect(page.getByLabel('Client ID')).toHaveValue('playground');
  await page.getByLabel('A real provider by issuer URL').check();
  await expect(page.getByRole('textbox', { name: 'Issuer URL' })).toHaveValue('https://login.example.com');
  await expect(page.getByLabel('Client ID')).toHaveValue('spa-123');
});
