import { useCallback, useEffect, useState } from 'react';
import { checkAgainstDiscovery } from '../domain/provider/check-against-discovery';
import { checkComposedRequest, type RequestProblem } from '../domain/request/check-composed-request';
import { isMockIssuer, requestedScopes } from '../domain/request/composed-request';
import { launchGrantOf } from '../domain/request/launch-grant';
import { StartPanel } from '../features/compose/start-panel';
import { useUrlComposition } from '../features/compose/use-url-composition';
import { useComposedRequest } from '../state/composed-request-store';
import { useDiscoveredDocument } from '../state/discovered-document-store';
import { ScreenHeading } from '../components/screen-heading';

type ComposePanels = typeof import('./compose-panels');
let panels: ComposePanels | undefined;
let loading: Promise<ComposePanels> | undefined;

/**
 * Loads the compose screen's panels (everything but the launch panel, compose-panels.tsx). The first
 * paint of `/` waits for it (src/main.tsx); an autostart link does not, and loads it once the flow
 * is over (src/app/prefetch.ts). A failed load is tried again on the next call.
 */
export function loadComposePanels(): Promise<ComposePanels> {
  loading ??= import('./compose-panels').then(
    (loaded) => (panels = loaded),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The panels when wanted: at once when loaded ahead (every first paint of `/`), else once they arrive. */
function useComposePanels(wanted: boolean): ComposePanels | undefined {
  const [, arrived] = useState(0);
  useEffect(() => {
    if (wanted && !panels) void loadComposePanels().then(() => arrived((n) => n + 1), () => undefined);
  }, [wanted]);
  return wanted ? panels : undefined;
}

/** `/`: compose scopes, a claims request and parameters, then launch the flow. */
export function ComposeScreen() {
  // The URL as the page was opened, before the composition it carries is read and the URL tidied.
  const [openedWith] = useState(() => window.location.search);
  const [request, update] = useComposedRequest();
  const fromUrl = useUrlComposition();
  const urlNotes = fromUrl?.problems ?? [];
  const discovered = useDiscoveredDocument(request.issuer);
  const discoveryDocument = isMockIssuer(request.issuer) ? undefined : discovered;
  const check = checkComposedRequest(request, { promptValuesSupported: discoveryDocument?.prompt_values_supported });
  const discoveryProblems: RequestProblem[] = discoveryDocument
    ? checkAgainstDiscovery({
        scopes: requestedScopes(request),
        claims: check.claims.outcome === 'valid' ? check.claims.request : undefined,
        // prompt is checked at its field, against the same prompt_values_supported.
        prompt: [],
        document: discoveryDocument,
      }).map((f) => ({ field: 'issuer', severity: f.severity, message: `Discovery: ${f.message}` }))
    : [];
  const problems = [...check.problems, ...discoveryProblems];
  const fullCheck = { ...check, problems, canStart: check.canStart && !discoveryProblems.some((p) => p.severity === 'blocking') };
  const props = { request, update, problems };
  // An autostart link leaves this screen at once: it renders only what launches the flow (no editors,
  // so no CodeMirror, and not even their code, while the flow's code loads), and the whole screen if
  // the launch fails.
  const [launchFailed, setLaunchFailed] = useState(false);
  const launchOnly = (fromUrl?.autostart ?? false) && fullCheck.canStart && !launchFailed;
  const showWholeScreen = useCallback(() => setLaunchFailed(true), []);
  const whole = useComposePanels(!launchOnly);

  // Conditions, not an early return: the launch panel keeps its place, so its state (a failed
  // launch's message) survives the switch to the whole screen.
  return (
    <div className="compose">
      <div className="compose-head">
        <ScreenHeading title="Compose a request" />
        {whole && <whole.ResetRequestButton request={request} />}
      </div>
      {whole && <whole.ComposeNotes openedWith={openedWith} urlNotes={urlNotes} />}
      {whole && <whole.ComposeControls {...props} discovery={discoveryDocument} />}
      <div className="column compose-launch">
        <StartPanel check={fullCheck} autostart={fromUrl?.autostart ?? false} grant={launchGrantOf(request)} onAutostartFailed={showWholeScreen} />
        {whole && <whole.AuthorizePreview request={request} discovery={discoveryDocument} />}
      </div>
      {whole && <whole.ComposeMore {...props} />}
    </div>
  );
}
