import { checkComposedRequest } from '../../domain/check-composed-request';
import { isMockIssuer } from '../../domain/composed-request';
import { useComposedRequest } from '../../lib/composed-request-store';
import { MockSettingsPanel } from '../mock-settings/mock-settings-panel';
import { AuthorizePreview } from './authorize-preview';
import { ClaimsSection } from './claims-section';
import { ExtraParameters } from './extra-parameters';
import { ProviderSection } from './provider-section';
import { ScopePicker } from './scope-picker';
import { StartPanel } from './start-panel';
import { useUrlComposition } from './use-url-composition';

/** `/`: compose scopes, a claims request and parameters, then launch the flow. */
export function ComposePage() {
  const [request, update] = useComposedRequest();
  const fromUrl = useUrlComposition();
  const urlNotes = fromUrl?.problems ?? [];
  const check = checkComposedRequest(request);

  return (
    <div className="compose">
      <div className="column">
        <h1 className="page-title">Compose a request</h1>
        {urlNotes.length > 0 && (
          <ul className="notice" role="status">
            {urlNotes.map((note) => <li key={note}>{note}</li>)}
          </ul>
        )}
        <ProviderSection request={request} update={update} problems={check.problems} />
        <ScopePicker request={request} update={update} problems={check.problems} />
        <ClaimsSection request={request} update={update} problems={check.problems} />
        <ExtraParameters request={request} update={update} problems={check.problems} />
      </div>
      <div className="column">
        <StartPanel request={request} check={check} autostart={fromUrl?.autostart ?? false} />
        <AuthorizePreview request={request} />
        {isMockIssuer(request.issuer) && <MockSettingsPanel request={request} update={update} problems={check.problems} />}
      </div>
    </div>
  );
}
