import { CopyButton } from '../../components/copy-button';
import { FieldMessages } from '../../components/field-messages';
import { Panel } from '../../components/panel';
import { fieldIsInvalid } from '../../domain/check-composed-request';
import { isMockIssuer } from '../../domain/composed-request';
import { PROVIDER_TEMPLATES } from '../../domain/provider-templates';
import { redirectUri } from '../../lib/redirect-uri';
import type { SectionProps } from '../../state/composed-request-store';
import { chooseProviderMode } from '../../state/provider-memory-store';
import { DiscoveryPanel } from './discovery-panel';
import { DevProxyOption } from './dev-proxy-option';
import { useDiscovery } from './use-discovery';
import { TEST_IDS } from '../../test-ids';

export function ProviderSection({ request, update, problems }: SectionProps) {
  const mock = isMockIssuer(request.issuer);
  const discovery = useDiscovery(request.issuer);
  const issuerInvalid = fieldIsInvalid(problems, 'issuer');
  const issuerMissing = problems.some((p) => p.field === 'issuer' && p.awaitingInput);
  const template = PROVIDER_TEMPLATES.find((t) => t.issuerPattern === request.issuer);
  return (
    <Panel title="Provider" id="provider">
      <fieldset className="choice-row">
        <legend className="visually-hidden">Which provider</legend>
        <label>
          <input type="radio" name="provider" checked={mock} onChange={() => chooseProviderMode('mock')} />
          Built-in mock provider (runs in this page)
        </label>
        <label>
          <input type="radio" name="provider" checked={!mock} onChange={() => chooseProviderMode('real')} />
          A real provider by issuer URL
        </label>
      </fieldset>
      {!mock && (
        <>
          <label className="field">
            Start from a template
            <select
              value={template?.id ?? ''}
              onChange={(e) => {
                const chosen = PROVIDER_TEMPLATES.find((t) => t.id === e.target.value);
                if (chosen) update((r) => ({ ...r, issuer: chosen.issuerPattern }));
              }}
            >
              <option value="">Choose a provider…</option>
              {PROVIDER_TEMPLATES.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
            </select>
          </label>
          <label className="field">
            Issuer URL
            <input
              id="field-issuer"
              type="url"
              value={request.issuer}
              onChange={(e) => update((r) => ({ ...r, issuer: e.target.value }))}
              aria-invalid={issuerInvalid}
              aria-describedby="issuer-messages"
              spellCheck={false}
            />
          </label>
          <FieldMessages problems={problems} field="issuer" id="issuer-messages" />
          {template && <p className="notice small">{template.name}: {template.register}</p>}
          <div className="row">
            <button type="button" onClick={() => void discovery.refetch()} disabled={issuerInvalid || issuerMissing || discovery.isFetching}>
              Fetch discovery
            </button>
          </div>
          <DiscoveryPanel query={discovery} />
          <DevProxyOption />
        </>
      )}
      <label className="field">
        Client ID
        <input
          id="field-client-id"
          value={request.clientId}
          onChange={(e) => update((r) => ({ ...r, clientId: e.target.value }))}
          aria-invalid={fieldIsInvalid(problems, 'clientId')}
          aria-describedby="client-id-messages"
          spellCheck={false}
        />
        <FieldMessages problems={problems} field="clientId" id="client-id-messages" />
      </label>
      {!mock && (
        <div className="field">
          <span>Redirect URI to register at the provider (public client, PKCE, no secret)</span>
          <div className="row">
            <code className="redirect-uri" data-testid={TEST_IDS.redirectUri}>{redirectUri()}</code>
            <CopyButton value={redirectUri()} label="Copy the redirect URI" />
          </div>
          <span className="muted small">
            If it is not registered, the provider shows its own error page and cannot send you back here.
          </span>
        </div>
      )}
    </Panel>
  );
}
