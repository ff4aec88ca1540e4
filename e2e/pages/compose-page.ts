import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/test-ids';
import { byTestId } from '../support/by-test-id';
import { replaceEditorText } from '../support/code-editor';

/** The compose screen, driven the way a person uses it. */
export class ComposePage {
  readonly scopes: Locator;
  readonly policy: Locator;
  readonly claimsEditor: Locator;
  readonly startButton: Locator;
  readonly authorizeUrl: Locator;

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.scopes = page.getByRole('region', { name: 'Scopes' });
    this.policy = page.getByRole('group', { name: 'Token policy: allowed scopes' });
    this.claimsEditor = page.getByRole('textbox', { name: 'Claims request JSON' });
    this.startButton = byTestId(page, TEST_IDS.startSignin);
    this.authorizeUrl = byTestId(page, TEST_IDS.authorizeUrl);
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.startButton).toBeVisible();
  }

  /** Ticks exactly these standard scopes and types the rest into the free-text field. */
  async requestScopes(scopes: readonly string[]): Promise<void> {
    for (const checkbox of await this.scopes.getByRole('checkbox').all()) {
      const name = (await checkbox.locator('xpath=..').innerText()).trim();
      await checkbox.setChecked(scopes.includes(name));
    }
    const standard = await this.scopes.getByRole('checkbox').locator('xpath=..').allInnerTexts();
    const other = scopes.filter((s) => !standard.map((t) => t.trim()).includes(s));
    await this.scopes.getByLabel('Other scopes').fill(other.join(' '));
  }

  /** Sets the mock token policy's allowed scopes to exactly these standard scopes. */
  async allowScopes(scopes: readonly string[]): Promise<void> {
    for (const checkbox of await this.policy.getByRole('checkbox').all()) {
      const name = (await checkbox.locator('xpath=..').innerText()).trim();
      await checkbox.setChecked(scopes.includes(name));
    }
  }

  async typeClaims(json: string): Promise<void> {
    // Wait for CodeMirror (lazy) to replace the fallback textarea, then type into it.
    await expect(this.page.locator('.cm-content[aria-label="Claims request JSON"]')).toBeVisible();
    await replaceEditorText(this.claimsEditor, json);
  }

  /** Opens the compose screen on a real provider: its issuer and client, with its discovery fetched. */
  async openRealProvider(issuer: string, clientId: string): Promise<void> {
    await this.open();
    await this.page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
    await this.page.getByLabel('Issuer URL', { exact: true }).fill(issuer);
    await this.page.getByLabel('Client ID').fill(clientId);
    await this.page.getByRole('button', { name: 'Fetch discovery' }).click();
    await expect(byTestId(this.page, TEST_IDS.discoveryStatus)).toHaveAttribute('data-status', 'ok');
  }

  async start(): Promise<void> {
    await expect(this.startButton).toBeEnabled();
    await this.startButton.click();
  }
}
