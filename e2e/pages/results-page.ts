import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS, type TestId } from '../../src/test-ids';
import { byTestId } from '../support/by-test-id';

export class ResultsPage {
  readonly signature: Locator;
  readonly flowError: Locator;

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.signature = byTestId(page, TEST_IDS.signatureStatus);
    this.flowError = byTestId(page, TEST_IDS.flowError);
  }

  async waitForRun(): Promise<void> {
    await expect(this.page).toHaveURL(/\/results$/);
    await expect(this.signature).toBeVisible();
  }

  scopeOutcome(scope: string): Locator {
    return byTestId(this.page, TEST_IDS.scopeOutcome, { scope });
  }

  /** Every scope row's outcome, as { scope: outcome }. */
  async scopeOutcomes(): Promise<Record<string, string>> {
    const rows = byTestId(this.page, TEST_IDS.scopeOutcome);
    const outcomes: Record<string, string> = {};
    for (const row of await rows.all()) {
      outcomes[(await row.getAttribute('data-scope'))!] = (await row.getAttribute('data-outcome'))!;
    }
    return outcomes;
  }

  /** Turns on the page's one "Reveal tokens" switch (credentials are masked until then). */
  async revealTokens(): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Reveal tokens' }).first().check();
  }

  /** A JSON panel's content; the token response is read with its tokens revealed. */
  async json(testId: TestId): Promise<Record<string, unknown>> {
    if (testId === TEST_IDS.tokenResponse) await this.revealTokens();
    return JSON.parse(await byTestId(this.page, testId).innerText()) as Record<string, unknown>;
  }
}
