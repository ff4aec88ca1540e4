import { expect, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/test-ids';

export class MockLoginPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async signIn(): Promise<void> {
    const submit = this.page.getByTestId(TEST_IDS.mockLoginSubmit);
    await expect(submit).toBeVisible();
    await submit.click();
  }

  async deny(): Promise<void> {
    const deny = this.page.getByTestId(TEST_IDS.mockLoginDeny);
    await expect(deny).toBeVisible();
    await deny.click();
  }
}
