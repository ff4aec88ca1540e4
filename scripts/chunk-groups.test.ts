import { describe, expect, it } from 'vitest';
import { appChunkGroups } from './chunk-groups';

/** A module graph from `{ id: [static imports] }` and `{ id: [dynamic imports] }`, as rolldown's chunking context shows it. */
function graphOf(statics: Record<string, string[]>, dynamics: Record<string, string[]> = {}) {
  const ids = new Set([...Object.keys(statics), ...Object.keys(dynamics), ...Object.values(statics).flat(), ...Object.values(dynamics).flat()]);
  const importersOf = (table: Record<string, string[]>, id: string) => Object.keys(table).filter((from) => table[from]?.includes(id));
  return {
    getModuleInfo: (id: string) =>
      ids.has(id)
        ? {
            isEntry: id === '/r/index.html',
            importedIds: statics[id] ?? [],
            dynamicallyImportedIds: dynamics[id] ?? [],
            importers: importersOf(statics, id),
            dynamicImporters: importersOf(dynamics, id),
          }
        : null,
  };
}

const PANELS = '/r/src/app/compose-panels.tsx';
const SIGN_IN = '/r/src/lib/sign-in.ts';
const MOCK = '/r/mocks/browser.ts';
const LOGIN = '/r/src/features/mock-login/mock-login-page.tsx';
const CALLBACK = '/r/src/features/flow/callback-page.tsx';
const RESULTS = '/r/src/features/results/results-page.tsx';
const LEARN = '/r/src/features/learn/learn-page.tsx';

const graph = graphOf(
  {
    '/r/index.html': ['/r/src/main.tsx'],
    '/r/src/main.tsx': ['/r/src/domain/routes.ts'],
    [PANELS]: ['/r/src/components/panel.tsx', '/r/src/features/compose/scope-picker.tsx', '/r/src/domain/routes.ts'],
    [SIGN_IN]: ['/r/node_modules/oidc-client-ts/index.js', '/r/src/domain/routes.ts'],
    [MOCK]: ['/r/mocks/provider/provider.ts', '/r/node_modules/msw/browser.mjs', '/r/src/domain/verify.ts'],
    '/r/mocks/provider/provider.ts': ['/r/src/domain/verify.ts'],
    [LOGIN]: ['/r/src/components/panel.tsx'],
    [CALLBACK]: [SIGN_IN],
    [RESULTS]: ['/r/src/components/panel.tsx', '/r/src/domain/verify.ts'],
    [LEARN]: ['/r/src/domain/lesson.ts', '/r/src/domain/verify.ts'],
  },
  { '/r/src/main.tsx': [PANELS, SIGN_IN, MOCK, LOGIN, CALLBACK, RESULTS, LEARN] },
);
const groupOf = (id: string) => {
  const groups = appChunkGroups();
  const named = groups.map((group) => group.name(id, graph)).filter((name) => name !== null);
  expect(named.length).toBeLessThanOrEqual(1);
  return named[0] ?? null;
};

describe('appChunkGroups', () => {
  it('keeps what the entry imports statically in one chunk', () => {
    expect(groupOf('/r/src/main.tsx')).toBe('app');
    expect(groupOf('/r/src/domain/routes.ts')).toBe('app');
  });

  it('puts what only the compose panels add in their chunk, and what they share with the flow apart', () => {
    expect(groupOf('/r/src/features/compose/scope-picker.tsx')).toBe('compose-panels');
    expect(groupOf('/r/src/components/panel.tsx')).toBe('flow-shared');
  });

  it('puts the sign-in code, the flow screens and their libraries in the flow chunk', () => {
    for (const id of [SIGN_IN, LOGIN, CALLBACK, RESULTS, '/r/node_modules/oidc-client-ts/index.js', '/r/src/domain/verify.ts']) expect(groupOf(id)).toBe('flow');
  });

  it('keeps the mock provider’s own code apart, its libraries with the flow', () => {
    expect(groupOf(MOCK)).toBe('mock-provider');
    expect(groupOf('/r/mocks/provider/provider.ts')).toBe('mock-provider');
    expect(groupOf('/r/node_modules/msw/browser.mjs')).toBe('flow');
  });

  it('leaves what only other screens use to automatic chunking', () => {
    expect(groupOf(LEARN)).toBeNull();
    expect(groupOf('/r/src/domain/lesson.ts')).toBeNull();
  });

  it('refuses a graph where a named entry of a group is missing (a renamed file)', () => {
    const without = graphOf({ '/r/index.html': ['/r/src/main.tsx'], [PANELS]: [] }, { '/r/src/main.tsx': [PANELS] });
    expect(() => appChunkGroups()[0]!.name('/r/src/main.tsx', without)).toThrow(/chunk-groups: expected one module/);
  });
});
