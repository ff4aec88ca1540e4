import type { Locator, Page } from '@playwright/test';
import { TEST_IDS } from '../../src/test-ids';

/** /inspect: paste a token, see it decoded, verified and explained. */
export class InspectPage {
  readonly page: Page;
  readonly input: Locator;
  readonly payload: Locator;
  readonly signature: Locator;
  readonly message: Locator;
  readonly audience: Locator;
  readonly now: Locator;

  constructor(page: Page) {
    this.page = page;
    this.input = page.getByTestId(TEST_IDS.inspectInput);
    this.payload = page.getByTestId(TEST_IDS.inspectPayload);
    this.signature = page.getByTestId(TEST_IDS.signatureStatus);
    this.message = page.getByTestId(TEST_IDS.inspectMessage);
    this.audience = page.getByLabel('Expected audience (client ID)');
    this.now = page.getByLabel('Now (ISO time) for exp and iat');
  }

  claim(claim: string, target: 'id_token' | 'userinfo'): Locator {
    return this.page.locator(`[data-testid="${TEST_IDS.claimOutcome}"][data-claim="${claim}"][data-target="${target}"]`);
  }

  check(name: string): Locator {
    return this.page.locator(`[data-check="${name}"]`);
  }
}
