import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { basePathCheckDirectories, basePathCheckScript } from './base-path-check';

/** Runs one copy of the script as a page would, loaded from `scriptUrl`; returns the command it wrote. */
function commandWritten(directory: string, scriptUrl: string): string {
  const command = { textContent: '', getAttribute: () => 'npm run build -- --base={base}' };
  runInNewContext(basePathCheckScript(directory), { URL, document: { currentScript: { src: scriptUrl }, querySelector: () => command } });
  return command.textContent;
}

describe('the base-path check script', () => {
  it('has a copy in the base and in every directory a route’s document can be served from', () => {
    expect(basePathCheckDirectories()).toEqual(expect.arrayContaining(['', 'results/', 'callback/', 'mock-op/', 'mock-op/authorize/', 'mock-op/end-session/']));
  });

  it('names the path the site is served from, whichever copy the page loaded', () => {
    expect(commandWritten('', 'http://host.example/elsewhere/base-path-check.js')).toBe('npm run build -- --base=/elsewhere/');
    expect(commandWritten('mock-op/authorize/', 'http://host.example/elsewhere/mock-op/authorize/base-path-check.js')).toBe('npm run build -- --base=/elsewhere/');
    expect(commandWritten('mock-op/', 'http://host.example/a/b/mock-op/base-path-check.js')).toBe('npm run build -- --base=/a/b/');
    expect(commandWritten('results/', 'http://host.example/results/base-path-check.js')).toBe('npm run build -- --base=/');
  });
});
