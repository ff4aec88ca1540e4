import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_FOLDERS } from '../../scripts/domain-folders.mjs';

const here = new URL('./', import.meta.url);
const onDisk = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const readme = readFileSync(new URL('README.md', here), 'utf8');

describe('the sub-domain folders of src/domain', () => {
  it('are exactly the folders of the table the lint zones are built from', () => {
    expect(onDisk).toEqual(Object.keys(DOMAIN_FOLDERS).sort());
  });

  it('leave no module loose at the root of src/domain', () => {
    const loose = readdirSync(here).filter((name) => name.endsWith('.ts') && name !== 'domain-folders.test.ts');
    expect(loose).toEqual([]);
  });

  it('are each described in src/domain/README.md with what they may import', () => {
    for (const [folder, { imports }] of Object.entries(DOMAIN_FOLDERS)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${folder}/\``));
      expect(row, `README row for ${folder}/`).toBeDefined();
      const listed = row!.split('|').at(-2)!.trim();
      if (imports.length === 0) expect(listed).toBe('—');
      else if (!listed.startsWith('everything')) expect(listed.split(', ').sort()).toEqual([...imports].sort());
    }
  });

  it('form one direction: no folder may import a folder that may import it', () => {
    for (const [folder, { imports }] of Object.entries(DOMAIN_FOLDERS)) {
      for (const lower of imports) {
        expect(DOMAIN_FOLDERS[lower]!.imports, `${lower} → ${folder}`).not.toContain(folder);
      }
    }
  });
});
