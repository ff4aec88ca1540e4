import { lazy, Suspense, useCallback, useState } from 'react';
import { checkAgainstDiscovery } from '../domain/provider/check-against-discovery';
import { checkComposedRequest, type RequestProblem } from '../domain/request/check-composed-request';
import { isMockIssuer, requestedScopes } from '../domain/request/composed-request';
import { resetPart, RESET_LABELS } from '../domain/request/reset-composition';
import { AuthorizePreview } from '../features/compose/authorize-preview';
import { ClaimsSection } from '../features/compose/claims-section';
import { ExtraParameters } from '../features/compose/extra-parameters';
import { HistoryPanel } from '../features/compose/history-panel';
import { ProtocolSwitches } from '../features/compose/protocol-switches';
import { ReplacementNotice } from '../features/compose/replacement-notice';
import { ScopePicker } from '../features/compose/scope-picker';
import { StartPanel } from '../features/compose/start-panel';
import { useUrlComposition } from '../features/compose/use-url-composition';
import { MockSettingsPanel } from '../features/mock-settings/mock-settings-panel';
import { ProviderSection } from '../features/provider-settings/provider-section';
import { SharePanel } from '../features/share/share-panel';
import { DemoKitPanel } from '../features/demos/demo-kit-panel';
import { useComposedRequest } from '../state/composed-request-store';
import { useDiscoveredDocument } from '../state/discovered-document-store';
import { replaceComposition } from '../state/composition-history-store';
import { ScreenHeading } from '../components/screen-heading';
import { TEST_IDS } from '../test-ids';

// The first-visit offer of the Learn path is not part of the first paint: its code loads beside it.
const PathOffer = lazy(async () => ({ default: (await import('../features/compose/path-offer')).PathOffer }));

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
  // so no CodeMirror, while the flow's code loads), and the whole screen if the launch fails.
  const [launchFailed, setLaunchFailed] = useState(false);
  const launchOnly = (fromUrl?.autostart ?? false) && fullCheck.canStart && !launchFailed;
  const showWholeScreen = useCallback(() => setLaunchFailed(true), []);

  // Conditions, not an early return: the launch panel keeps its place, so its state (a failed
  // launch's message) survives the switch to the whole screen.
  return (
    <div className="compose">
      <div className="compose-head">
        <ScreenHeading title="Compose a request" />
        {!launchOnly && (
          <button type="button" className="link-button" data-testid={TEST_IDS.resetRequest} onClick={() => replaceComposition(resetPart(request, 'request'), RESET_LABELS.request)}>
            Reset request to defaults
          </button>
        )}
      </div>
      {!launchOnly && (
        <div className="compose-notes">
          <Suspense fallback={null}>
            <PathOffer openedWith={openedWith} />
          </Suspense>
          <ReplacementNotice />
          {urlNotes.length > 0 && (
            <ul className="notice" role="status">
              {urlNotes.map((note) => <li key={note}>{note}</li>)}
            </ul>
          )}
        </div>
      )}
      {!launchOnly && (
        <div className="column compose-controls">
          <ProviderSection {...props} />
          <ScopePicker {...props} />
          <ClaimsSection {...props} />
          <ExtraParameters {...props} />
          <ProtocolSwitches request={request} update={update} discovery={discoveryDocument} />
        </div>
      )}
      <div className="column compose-launch">
        <StartPanel request={request} check={fullCheck} autostart={fromUrl?.autostart ?? false} onAutostartFailed={showWholeScreen} />
        {!launchOnly && <AuthorizePreview request={request} />}
      </div>
      {!launchOnly && (
        <div className="column compose-more">
          {isMockIssuer(request.issuer) && <MockSettingsPanel {...props} />}
          <SharePanel request={request} />
          <DemoKitPanel request={request} />
          <HistoryPanel />
        </div>
      )}
    </div>
  );
}
