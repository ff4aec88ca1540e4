import type { Locator, Page } from '@playwright/test';
import type { TestId } from '../../src/test-ids';

/** Extra `data-*` attributes a row must carry, named without the prefix: `{ scope: 'email' }` is `data-scope="email"`. */
export type DataAttributes = Readonly<Record<string, string>>;

/**
 * The elements carrying a test id of the dictionary (src/test-ids.ts), optionally narrowed by
 * their data-* attributes; a typo in an id is a type error, not a locator that never matches.
 */
export function byTestId(scope: Page | Locator, id: TestId, attributes: DataAttributes = {}): Locator {
  const narrowing = Object.entries(attributes);
  if (narrowing.length === 0) return scope.getByTestId(id);
  return scope.locator(`[data-testid=${cssString(id)}]${narrowing.map(([name, value]) => `[data-${name}=${cssString(value)}]`).join('')}`);
}

/** A CSS string (CSS Syntax §4.3.5): backslash, quote and line breaks escaped. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\a ')}"`;
}
