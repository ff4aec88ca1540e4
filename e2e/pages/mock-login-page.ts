import { expect, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/test-ids';
import { byTestId } from '../support/by-test-id';

export class MockLoginPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async signIn(): Promise<void> {
    const submit = byTestId(this.page, TEST_IDS.mockLoginSubmit);
    await expect(submit).toBeVisible();
    await submit.click();
  }

  async deny(): Promise<void> {
    const deny = byTestId(this.page, TEST_IDS.mockLoginDeny);
    await expect(deny).toBeVisible();
    await deny.click();
  }
}
