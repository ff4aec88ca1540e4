// Which chunk each of the app's modules goes to (issue 29). Left to automatic chunking, every set of
// modules shared by a different set of lazy entries became its own file: an autostart link's flow
// loaded 55 of them after the first paint and 24 with it. On a 2-core machine each file costs the
// page's main thread a module record, a compile, a code-cache write and a <link rel=modulepreload>
// (about 3 ms each before the payload), and a fresh browser context fetches each over a handful of
// connections, so the flow waited on the count of files, not their bytes. Grouping by what loads
// together keeps the bytes each screen loads the same and makes the files few:
// - `app`: what the entry imports statically (the first route; it all loads together anyway);
// - `compose-panels`: what the compose screen's panels add (the first paint of / waits for them);
// - `flow`: what an autostart link's flow adds (the sign-in code, the screens it passes through: the
//   mock's login page, the callback, the results screen's first part; and their libraries, MSW too);
// - `mock-provider`: the mock's own code that nothing else in the flow uses (it has its own budget);
// - `flow-shared`: what the compose panels and the flow both need beyond the first route, so neither
//   loads the other.
// Each group is closed under static imports (a module's imports are in its group or an earlier one),
// so no group drags a module, and with it a whole chunk, onto a route that did not load it before.
// Everything else (the other screens, the results' later parts, the idle prefetch) keeps automatic
// chunking: those load one at a time, when needed.

/** What rolldown's chunking context tells of a module (a subset of its ModuleInfo). */
interface ModuleGraph {
  getModuleInfo(id: string): {
    isEntry: boolean;
    importedIds: readonly string[];
    dynamicallyImportedIds: readonly string[];
    importers: readonly string[];
    dynamicImporters: readonly string[];
  } | null;
}

/** The dynamic imports whose static closures make the compose screen's panels and an autostart flow. */
const COMPOSE_PANELS = [/[\\/]src[\\/]app[\\/]compose-panels\.tsx$/];
const MOCK_PROVIDER = [/[\\/]mocks[\\/]browser\.ts$/];
const FLOW = [
  /[\\/]src[\\/]lib[\\/]sign-in\.ts$/,
  /[\\/]src[\\/]features[\\/]mock-login[\\/]mock-login-page\.tsx$/,
  /[\\/]src[\\/]features[\\/]flow[\\/]callback-page\.tsx$/,
  /[\\/]src[\\/]features[\\/]results[\\/]results-page\.tsx$/,
];

export type AppChunk = 'app' | 'compose-panels' | 'flow' | 'flow-shared' | 'mock-provider';

/**
 * rolldown groups for the chunks above, one per name: with one name function for all of them, rolldown
 * folded the small `flow-shared` group into `compose-panels`, which then loaded with every flow.
 */
export function appChunkGroups(): { name: (id: string, graph: ModuleGraph) => AppChunk | null; priority: number }[] {
  let groups: Map<string, AppChunk> | undefined;
  const groupOf = (id: string, graph: ModuleGraph) => (groups ??= assign(id, graph)).get(id);
  const names: AppChunk[] = ['app', 'flow-shared', 'compose-panels', 'flow', 'mock-provider'];
  // In that order, before automatic chunking; rolldown reads priorities as unsigned, so they count down to 1.
  return names.map((name, index) => ({ name: (id, graph) => (groupOf(id, graph) === name ? name : null), priority: names.length - index }));
}

function assign(anyId: string, graph: ModuleGraph): Map<string, AppChunk> {
  const all = everyModule(anyId, graph);
  const entries = [...all].filter((id) => graph.getModuleInfo(id)?.isEntry);
  const initial = closure(entries, graph);
  const matching = (patterns: RegExp[]) => {
    const found = [...all].filter((id) => patterns.some((pattern) => pattern.test(id)));
    if (found.length !== patterns.length) throw new Error(`chunk-groups: expected one module for each of ${patterns.join(', ')}, found ${found.join(', ') || 'none'}`);
    return found;
  };
  const compose = closure(matching(COMPOSE_PANELS), graph);
  const flowScreens = closure(matching(FLOW), graph);
  const mock = closure(matching(MOCK_PROVIDER), graph);
  const flow = new Set([...flowScreens, ...mock]);
  const groups = new Map<string, AppChunk>();
  for (const id of initial) groups.set(id, 'app');
  for (const id of compose) if (!initial.has(id)) groups.set(id, flow.has(id) ? 'flow-shared' : 'compose-panels');
  for (const id of flow) {
    if (initial.has(id) || compose.has(id)) continue;
    // The mock's own code apart (its size has its own budget); the libraries it shares with nothing
    // else (MSW) stay in `flow`, which loads beside it anyway.
    const mockOnly = !flowScreens.has(id) && !/[\\/]node_modules[\\/]/.test(id);
    groups.set(id, mockOnly ? 'mock-provider' : 'flow');
  }
  return groups;
}

/** Every module of the build: the chunking context lists none, so walk the graph both ways from one. */
function everyModule(anyId: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [anyId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const info = graph.getModuleInfo(id);
    if (info) stack.push(...info.importedIds, ...info.dynamicallyImportedIds, ...info.importers, ...info.dynamicImporters);
  }
  return seen;
}

/** The modules reachable from `roots` by static imports only (what loads with them). */
function closure(roots: readonly string[], graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}
