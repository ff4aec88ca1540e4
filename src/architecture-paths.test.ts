import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// docs/architecture.md is the map a newcomer follows: every file or folder it names must exist.
const root = new URL('../', import.meta.url);
const map = readFileSync(new URL('docs/architecture.md', root), 'utf8');
const TOP_LEVEL = /^(src|mocks|scripts|e2e|worker|docs|public)\//;

/** Backticked repository paths; placeholders like `<name>` stand for a file to be written and are skipped. */
function namedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!);
  return [...new Set(spans.filter((span) => TOP_LEVEL.test(span) && !span.includes('<')))];
}

/** `dir/*.ext`: some file of the folder ends so (Node 20 has no fs.glob). */
function globMatches(pattern: string): boolean {
  const slash = pattern.lastIndexOf('/');
  const folder = new URL(`${pattern.slice(0, slash)}/`, root);
  const suffix = pattern.slice(slash + 1).replace(/^\*/, '');
  return existsSync(folder) && readdirSync(folder).some((name) => name.endsWith(suffix));
}

describe('docs/architecture.md', () => {
  const paths = namedPaths(map);

  it('names the paths of the code (the check has something to check)', () => {
    expect(paths.length).toBeGreaterThan(40);
  });

  it.each(paths)('names %s, which exists', (path) => {
    const exists = path.includes('*') ? globMatches(path) : existsSync(new URL(path, root));
    expect(exists).toBe(true);
  });
});

describe('the documentation', () => {
  // The repository stands alone: its documents say what the code does in their own words.
  const documents = ['README.md', ...readdirSync(new URL('docs/', root)).map((name) => `docs/${name}`)].filter((name) => name.endsWith('.md'));

  it.each(documents)('%s cites no file outside the repository', (name) => {
    const text = readFileSync(new URL(name, root), 'utf8');
    expect(text).not.toMatch(/DESIGN\.md|STYLE\.md|\.\.\/shared\b/);
  });
});
