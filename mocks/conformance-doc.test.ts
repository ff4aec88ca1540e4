import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATTERY } from './differential/battery';
import { renderConformanceDoc } from './differential/conformance-doc';
import { DELIBERATE_DIFFERENCES } from './differential/deliberate-differences';
import { KNOWN_DEVIATIONS } from './differential/known-deviations';

/**
 * docs/conformance.md is generated from the table of deliberate differences, the battery and the
 * test names; this test fails when the committed file is stale. `node scripts/conformance-doc.mjs`
 * (npm run conformance-doc) rewrites it.
 */
const ROOT = join(import.meta.dirname, '..');
const DOC = join(ROOT, 'docs', 'conformance.md');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** describe / it titles in source order; an it.each title keeps its %s. */
export function testNames(source: string): string[] {
  const pattern = /\b(describe|it)(?:\.each\([\s\S]*?\]\s*\))?\(\s*(['`])((?:\\.|(?!\2)[^\\])*)\2/g;
  return [...source.matchAll(pattern)].map(([, kind, , title = '']) => (kind === 'describe' ? `**${title}**` : title));
}

function currentDoc(): string {
  const files = testFiles(join(ROOT, 'mocks'))
    .sort()
    .map((path) => ({ path: relative(ROOT, path), names: testNames(readFileSync(path, 'utf8')) }));
  return renderConformanceDoc({ battery: BATTERY, differences: DELIBERATE_DIFFERENCES, deviations: KNOWN_DEVIATIONS, testFiles: files });
}

describe('docs/conformance.md', () => {
  it('is generated from the differential tables and the tests, and committed up to date', () => {
    const doc = currentDoc();
    if (process.env.WRITE_CONFORMANCE_DOC === '1') writeFileSync(DOC, doc);

    expect(readFileSync(DOC, 'utf8'), 'docs/conformance.md is stale: run npm run conformance-doc').toBe(doc);
  });

  it('finds test names, it.each titles included', () => {
    const names = testNames("describe('group', () => { it('one', () => {}); it.each([['a', 1], ['b', 2]])('row %s', () => {}); });");

    expect(names).toEqual(['**group**', 'one', 'row %s']);
  });
});
