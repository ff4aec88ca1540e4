import type { DiscoveryDocument } from '../domain/provider/discovery-document';
import { isMockIssuer } from '../domain/request/composed-request';
import { resetPart, RESET_LABELS } from '../domain/request/reset-composition';
import { AuthorizePreview } from '../features/compose/authorize-preview';
import { ClaimsSection } from '../features/compose/claims-section';
import { ExtraParameters } from '../features/compose/extra-parameters';
import { ProtocolSwitches } from '../features/compose/protocol-switches';
import { HistoryPanel } from '../features/compose/history-panel';
import { PathOffer } from '../features/compose/path-offer';
import { ReplacementNotice } from '../features/compose/replacement-notice';
import { ScopePicker } from '../features/compose/scope-picker';
import { useClientCredentialsParts } from '../features/compose/use-client-credentials-parts';
import { MockSettingsPanel } from '../features/mock-settings/mock-settings-panel';
import { ProviderSection } from '../features/provider-settings/provider-section';
import { SharePanel } from '../features/share/share-panel';
import { DemoKitPanel } from '../features/demos/demo-kit-panel';
import type { SectionProps } from '../state/composed-request-store';
import { replaceComposition } from '../state/composition-history-store';
import { TEST_IDS } from '../test-ids';

/**
 * The compose screen around its launch panel: every editor, the notes, the preview and the side
 * panels. Its own chunk (issue 29): an autostart link renders only the launch panel
 * (compose-screen.tsx), so this code is not compiled before a linked sign-in's payload shows; the
 * first paint of `/` waits for it (src/main.tsx), so the screen never appears in two steps.
 */

export function ResetRequestButton({ request }: Pick<SectionProps, 'request'>) {
  return (
    <button type="button" className="link-button" data-testid={TEST_IDS.resetRequest} onClick={() => replaceComposition(resetPart(request, 'request'), RESET_LABELS.request)}>
      Reset request to defaults
    </button>
  );
}

export function ComposeNotes({ openedWith, urlNotes }: { openedWith: string; urlNotes: readonly string[] }) {
  return (
    <div className="compose-notes">
      {/* Part of the first paint, not loaded after it: arriving later, it pushed the screen down under a click already aimed (issue 25). */}
      <PathOffer openedWith={openedWith} />
      <ReplacementNotice />
      {urlNotes.length > 0 && (
        <ul className="notice" role="status">
          {urlNotes.map((note) => <li key={note}>{note}</li>)}
        </ul>
      )}
    </div>
  );
}

export function ComposeControls({ discovery, ...props }: SectionProps & { discovery: DiscoveryDocument | undefined }) {
  // With client credentials on, what the launch will not send is said at the field where it was typed.
  const problems = [...props.problems, ...(useClientCredentialsParts(props.request)?.clientCredentialsProblems(props.request) ?? [])];
  return (
    <div className="column compose-controls">
      <ProviderSection {...props} />
      <ScopePicker {...props} problems={problems} />
      <ClaimsSection {...props} problems={problems} />
      <ExtraParameters {...props} problems={problems} />
      {/* In the first paint, not after it: a panel drawn later moved the ones below it under a click (issue 29). */}
      <ProtocolSwitches request={props.request} update={props.update} discovery={discovery} />
    </div>
  );
}

export { AuthorizePreview };

export function ComposeMore(props: SectionProps) {
  return (
    <div className="column compose-more">
      {isMockIssuer(props.request.issuer) && <MockSettingsPanel {...props} />}
      <SharePanel request={props.request} />
      <DemoKitPanel request={props.request} />
      <HistoryPanel />
    </div>
  );
}
