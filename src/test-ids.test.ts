import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_TEST_IDS, INTERNAL_TEST_IDS, TEST_IDS } from './test-ids';

/** The ids in the first column of the README's test-id table, under "## Automation contract". */
function readmeContractIds(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Automation contract'));
  if (!section) throw new Error('README has no "## Automation contract" section');
  const lines = section.split('\n');
  const header = lines.findIndex((line) => /^\|\s*test id\s*\|/.test(line));
  if (header < 0) throw new Error('README\'s automation contract has no "| test id |" table');
  const end = lines.findIndex((line, index) => index > header && !line.startsWith('|'));
  // Past the header and its |---| line, up to the first line that is not a table row.
  const body = lines.slice(header + 2, end < 0 ? undefined : end);
  return body.flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
}

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the test-id dictionary', () => {
  it('holds every test id the README documents as the automation contract', () => {
    const documented = readmeContractIds(readme);
    expect(documented.length).toBeGreaterThan(10);
    const contract: readonly string[] = Object.values(CONTRACT_TEST_IDS);
    expect(documented.filter((id) => !contract.includes(id))).toEqual([]);
  });

  it('documents every contract id in the README', () => {
    const documented = new Set(readmeContractIds(readme));
    expect(Object.values(CONTRACT_TEST_IDS).filter((id) => !documented.has(id))).toEqual([]);
  });

  it('gives every name its own id, and no name is both a contract and an internal one', () => {
    const ids = Object.values(TEST_IDS);
    expect(new Set(ids).size).toBe(Object.keys(CONTRACT_TEST_IDS).length + Object.keys(INTERNAL_TEST_IDS).length);
  });
});
