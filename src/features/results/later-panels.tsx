import { lazy, Suspense, type ComponentType } from 'react';

/**
 * What the results screen shows besides the id_token: its own chunk, loaded when the screen first
 * renders, so a sign-in's payload appears before the code that explains it is even compiled
 * (issue 29: the JavaScript run before the payload). Each part takes its place as soon as it is
 * loaded; the first paint holds the id_token header and payload.
 */
const loadParts = () => import('./later-parts');
type Parts = Awaited<ReturnType<typeof loadParts>>;

// Nothing shows while a part loads; what waits for the screen to settle (an automation, the visual
// suite) finds it busy until every part is in place.
const PENDING = <span hidden aria-busy="true" />;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: each part keeps its own type through Parts[K]
function later<K extends keyof Parts>(name: K): Parts[K] extends ComponentType<any> ? Parts[K] : never {
  const Part = lazy(async () => ({ default: (await loadParts())[name] as ComponentType<object> }));
  function Later(props: object) {
    return (
      <Suspense fallback={PENDING}>
        <Part {...props} />
      </Suspense>
    );
  }
  Later.displayName = `Later(${name})`;
  return Later as never;
}

/** Loads the parts ahead (prefetching at idle), so a visit to the results screen waits for nothing. */
export const preloadLaterParts = (): Promise<unknown> => loadParts();

export const ScopeTable = later('ScopeTable');
export const RunClaimsTable = later('RunClaimsTable');
export const SignaturePanel = later('SignaturePanel');
export const RunActions = later('RunActions');
export const AccessTokenPanel = later('AccessTokenPanel');
export const TamperDemo = later('TamperDemo');
export const WireChangesPanel = later('WireChangesPanel');
export const ExportSpecButton = later('ExportSpecButton');
export const NarrationBar = later('NarrationBar');
export const DeterministicNotice = later('DeterministicNotice');
export const DevProxyNotice = later('DevProxyNotice');
export const ScenarioVerdict = later('ScenarioVerdict');
export const PlainOAuthNotice = later('PlainOAuthNotice');
export const SignedInUser = later('SignedInUser');
export const SequenceDiagram = later('SequenceDiagram');

