import { reviveComposedRequest, type ComposedRequest } from './composed-request';
import { permalink } from './permalink';

/** How a demo is presented: presenter mode is what a demo opens in; step-through is the presenter's choice. */
export interface DemoOptions {
  readonly presenter: boolean;
}

/**
 * A prepared demo, kept in the browser: the composition (with the mock's branding and its user,
 * the persona) and how to present it. Like a permalink it holds no token, code or secret.
 */
export interface SavedDemo {
  readonly id: string;
  readonly name: string;
  readonly savedAt: string;
  readonly request: ComposedRequest;
  readonly options: DemoOptions;
}

export const DEMO_LIMITS = { nameCharacters: 60, demos: 20 } as const;

export type DemoNameProblem = 'empty' | 'too-long' | 'taken';

/** What is wrong with a name for a demo, if anything; `except` is the demo being renamed. */
export function checkDemoName(demos: readonly SavedDemo[], name: string, except?: string): DemoNameProblem | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > DEMO_LIMITS.nameCharacters) return 'too-long';
  if (demos.some((demo) => demo.id !== except && demo.name.toLowerCase() === trimmed.toLowerCase())) return 'taken';
  return undefined;
}

export type DemoChange = { readonly outcome: 'saved'; readonly demos: readonly SavedDemo[] } | { readonly outcome: 'refused'; readonly problem: DemoNameProblem | 'full' };

/** Adds a demo first in the list. */
export function saveDemo(demos: readonly SavedDemo[], demo: SavedDemo): DemoChange {
  const problem = checkDemoName(demos, demo.name);
  if (problem) return { outcome: 'refused', problem };
  if (demos.length >= DEMO_LIMITS.demos) return { outcome: 'refused', problem: 'full' };
  return { outcome: 'saved', demos: [{ ...demo, name: demo.name.trim() }, ...demos] };
}

export function renameDemo(demos: readonly SavedDemo[], id: string, name: string): DemoChange {
  const problem = checkDemoName(demos, name, id);
  if (problem) return { outcome: 'refused', problem };
  return { outcome: 'saved', demos: demos.map((demo) => (demo.id === id ? { ...demo, name: name.trim() } : demo)) };
}

export function deleteDemo(demos: readonly SavedDemo[], id: string): readonly SavedDemo[] {
  return demos.filter((demo) => demo.id !== id);
}

/** The link that reopens a demo in a fresh browser, straight into presenter mode (`presenter=1`). */
export function demoLink(composeUrl: string, demo: SavedDemo): string {
  const url = new URL(permalink(composeUrl, demo.request));
  if (demo.options.presenter) url.searchParams.set('presenter', '1');
  return url.toString();
}

/** Reads stored demos back; an entry that is not a demo is dropped, a request is revived field by field. */
export function reviveDemos(value: unknown): SavedDemo[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const stored = entry as Partial<Record<keyof SavedDemo, unknown>>;
    if (typeof stored.id !== 'string' || typeof stored.name !== 'string' || stored.name.trim() === '') return [];
    const options = (typeof stored.options === 'object' && stored.options !== null ? stored.options : {}) as Partial<Record<keyof DemoOptions, unknown>>;
    return [{
      id: stored.id,
      name: stored.name.slice(0, DEMO_LIMITS.nameCharacters),
      savedAt: typeof stored.savedAt === 'string' ? stored.savedAt : '',
      request: reviveComposedRequest(stored.request),
      options: { presenter: options.presenter !== false },
    }];
  }).slice(0, DEMO_LIMITS.demos);
}
