import { Panel } from '../../components/panel';
import { FieldMessages } from '../../components/field-messages';
import { MOCK_ISSUER, isMockIssuer } from '../../domain/composed-request';
import type { SectionProps } from './section-props';

export function ProviderSection({ request, update, problems }: SectionProps) {
  const mock = isMockIssuer(request.issuer);
  return (
    <Panel title="Provider" id="provider">
      <fieldset className="choice-row">
        <legend className="visually-hidden">Which provider</legend>
        <label>
          <input type="radio" name="provider" checked={mock} onChange={() => update((r) => ({ ...r, issuer: MOCK_ISSUER }))} />
          Built-in mock provider (runs in this page)
        </label>
        <label>
          <input type="radio" name="provider" checked={!mock} onChange={() => update((r) => ({ ...r, issuer: 'https://' }))} />
          A real provider by issuer URL
        </label>
      </fieldset>
      {!mock && (
        <label className="field">
          Issuer URL
          <input
            type="url"
            value={request.issuer}
            onChange={(e) => update((r) => ({ ...r, issuer: e.target.value }))}
            aria-invalid={problems.some((p) => p.field === 'issuer')}
            aria-describedby="issuer-messages"
          />
          <FieldMessages problems={problems} field="issuer" id="issuer-messages" />
        </label>
      )}
      <label className="field">
        Client ID
        <input
          value={request.clientId}
          onChange={(e) => update((r) => ({ ...r, clientId: e.target.value }))}
          aria-invalid={problems.some((p) => p.field === 'clientId')}
          aria-describedby="client-id-messages"
        />
        <FieldMessages problems={problems} field="clientId" id="client-id-messages" />
      </label>
      {!mock && (
        <p className="muted small">
          Register <code>{window.location.origin}/callback</code> as a redirect URI for this public client (PKCE, no secret).
        </p>
      )}
    </Panel>
  );
}
