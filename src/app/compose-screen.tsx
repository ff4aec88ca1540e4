import { checkAgainstDiscovery } from '../domain/check-against-discovery';
import { checkComposedRequest, type RequestProblem } from '../domain/check-composed-request';
import { isMockIssuer, requestedScopes } from '../domain/composed-request';
import { splitScopes } from '../domain/scope-list';
import { AuthorizePreview } from '../features/compose/authorize-preview';
import { ClaimsSection } from '../features/compose/claims-section';
import { ExtraParameters } from '../features/compose/extra-parameters';
import { ScopePicker } from '../features/compose/scope-picker';
import { StartPanel } from '../features/compose/start-panel';
import { useUrlComposition } from '../features/compose/use-url-composition';
import { MockSettingsPanel } from '../features/mock-settings/mock-settings-panel';
import { ProviderSection } from '../features/provider-settings/provider-section';
import { useDiscovery } from '../features/provider-settings/use-discovery';
import { SharePanel } from '../features/share/share-panel';
import { useComposedRequest } from '../lib/composed-request-store';

/** `/`: compose scopes, a claims request and parameters, then launch the flow. */
export function ComposeScreen() {
  const [request, update] = useComposedRequest();
  const fromUrl = useUrlComposition();
  const urlNotes = fromUrl?.problems ?? [];
  const check = checkComposedRequest(request);
  const discovery = useDiscovery(request.issuer);
  const discoveryProblems: RequestProblem[] =
    !isMockIssuer(request.issuer) && discovery.data?.outcome === 'ok'
      ? checkAgainstDiscovery({
          scopes: requestedScopes(request),
          claims: check.claims.outcome === 'valid' ? check.claims.request : undefined,
          prompt: splitScopes(request.prompt),
          document: discovery.data.document,
        }).map((f) => ({ field: 'issuer', severity: f.severity, message: `Discovery: ${f.message}` }))
      : [];
  const problems = [...check.problems, ...discoveryProblems];
  const fullCheck = { ...check, problems, canStart: check.canStart && !discoveryProblems.some((p) => p.severity === 'blocking') };
  const props = { request, update, problems };

  return (
    <div className="compose">
      <div className="column">
        <h1 className="page-title">Compose a request</h1>
        {urlNotes.length > 0 && (
          <ul className="notice" role="status">
            {urlNotes.map((note) => <li key={note}>{note}</li>)}
          </ul>
        )}
        <ProviderSection {...props} />
        <ScopePicker {...props} />
        <ClaimsSection {...props} />
        <ExtraParameters {...props} />
      </div>
      <div className="column">
        <StartPanel request={request} check={fullCheck} autostart={fromUrl?.autostart ?? false} />
        <AuthorizePreview request={request} />
        <SharePanel request={request} update={update} />
        {isMockIssuer(request.issuer) && <MockSettingsPanel {...props} />}
      </div>
    </div>
  );
}
