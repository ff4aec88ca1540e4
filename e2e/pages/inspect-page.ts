import type { Locator, Page } from '@playwright/test';
import { TEST_IDS } from '../../src/test-ids';
import { byTestId } from '../support/by-test-id';

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
    this.input = byTestId(page, TEST_IDS.inspectInput);
    this.payload = byTestId(page, TEST_IDS.inspectPayload);
    this.signature = byTestId(page, TEST_IDS.signatureStatus);
    this.message = byTestId(page, TEST_IDS.inspectMessage);
    this.audience = page.getByLabel('Expected audience (client ID)');
    this.now = page.getByLabel('Now (ISO time) for exp and iat');
  }

  claim(claim: string, target: 'id_token' | 'userinfo'): Locator {
    return byTestId(this.page, TEST_IDS.claimOutcome, { claim, target });
  }

  check(name: string): Locator {
    return this.page.locator(`[data-check="${name}"]`);
  }
}
