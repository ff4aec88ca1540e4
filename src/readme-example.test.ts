import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const spec = readFileSync(new URL('../e2e/readme-visual-regression.spec.ts', import.meta.url), 'utf8');

/** The first ```ts block of a README section. */
function firstTypeScriptBlock(section: string): string | undefined {
  const part = readme.split(/^## /m).find((candidate) => candidate.startsWith(section));
  return part && /```ts\n([\s\S]*?)```/.exec(part)?.[1];
}

describe('the README’s visual-regression example', () => {
  it('is, character for character, the spec e2e/readme-visual-regression.spec.ts that the suite runs', () => {
    const block = firstTypeScriptBlock('Use the playground in your own visual regression suite');
    expect(block, 'a ```ts block in "## Use the playground in your own visual regression suite"').toBeDefined();
    expect(block).toBe(spec);
  });
});
