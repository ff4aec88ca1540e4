import { lazy, Suspense } from 'react';
import { FieldMessages } from '../../components/field-messages';
import { Panel } from '../../components/panel';
import { fieldIsInvalid } from '../../domain/request/check-composed-request';
import { isMockIssuer } from '../../domain/request/composed-request';
import type { SectionProps } from '../../state/composed-request-store';
import { chooseProviderMode } from '../../state/provider-memory-store';

// A real provider's fields are their own chunk: the mock, the default, never shows them. They run
// queries (discovery), so they bring the query client with them (issue 29).
const loadRealProviderFields = () => Promise.all([import('./real-provider-fields'), import('../../lib/query-client-boundary')]);
const RealProviderIssuerFields = lazy(() => loadRealProviderFields().then(([m, q]) => ({ default: q.withQueryClient(m.RealProviderIssuerFields) })));
const RealProviderClientFields = lazy(() => loadRealProviderFields().then(([m, q]) => ({ default: q.withQueryClient(m.RealProviderClientFields) })));

export function ProviderSection({ request, update, problems }: SectionProps) {
  const mock = isMockIssuer(request.issuer);
  return (
    <Panel title="Provider" id="provider">
      <fieldset className="choice-row">
        <legend className="visually-hidden">Which provider</legend>
        <label>
          <input type="radio" name="provider" checked={mock} onChange={() => chooseProviderMode('mock')} />
          Built-in mock provider (runs in this page)
        </label>
        <label>
          <input type="radio" name="provider" checked={!mock} onChange={() => chooseProviderMode('real')} onFocus={() => void loadRealProviderFields()} />
          A real provider by issuer URL
        </label>
      </fieldset>
      {!mock && (
        <Suspense fallback={<p className="loading muted small">Loading the real provider’s fields…</p>}>
          <RealProviderIssuerFields request={request} update={update} problems={problems} />
        </Suspense>
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
        <Suspense fallback={null}>
          <RealProviderClientFields request={request} update={update} />
        </Suspense>
      )}
    </Panel>
  );
}
