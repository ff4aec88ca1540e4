import { CopyButton } from '../../components/copy-button';
import { FieldMessages } from '../../components/field-messages';
import { ClientSecretField } from '../../components/client-secret-field';
import { fieldIsInvalid } from '../../domain/request/check-composed-request';
import {
  CLIENT_AUTHENTICATION_CHOICES,
  isClientAuthenticationChoice,
  resolveClientAuthentication,
  type ClientAuthenticationChoice,
} from '../../domain/provider/client-authentication';
import { CLIENT_AUTHENTICATION_AWAITING_DISCOVERY, clientAuthenticationReasonText } from '../../domain/messages';
import { PROVIDER_TEMPLATES } from '../../domain/provider/provider-templates';
import { redirectUri } from '../../lib/redirect-uri';
import type { SectionProps } from '../../state/composed-request-store';
import { TEST_IDS } from '../../test-ids';
import { DevProxyOption } from './dev-proxy-option';
import { DiscoveryPanel } from './discovery-panel';
import { useDiscovery } from './use-discovery';
import { useLayoutEffect } from 'react';
import { setDiscoveredDocument } from '../../state/discovered-document-store';

/**
 * The provider section's fields for a real provider: loaded only when a real provider is chosen
 * (src/features/provider-settings/provider-section.tsx), so the first paint of the mock, the
 * default, does not carry them.
 */
export function RealProviderIssuerFields({ request, update, problems }: SectionProps) {
  const discovery = useDiscovery(request.issuer);
  // The compose screen checks the request against this document; it holds no query of its own.
  const discoveredDocument = discovery.data?.outcome === 'ok' ? discovery.data.document : undefined;
  useLayoutEffect(() => setDiscoveredDocument(request.issuer.trim(), discoveredDocument), [request.issuer, discoveredDocument]);
  const issuerInvalid = fieldIsInvalid(problems, 'issuer');
  const issuerMissing = problems.some((p) => p.field === 'issuer' && p.awaitingInput);
  const template = PROVIDER_TEMPLATES.find((t) => t.issuerPattern === request.issuer);
  return (
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
      <DevProxyOption issuer={request.issuer.trim()} discovery={discovery.data?.outcome === 'ok' ? discovery.data.document : undefined} />
    </>
  );
}

const CHOICE_LABELS: Record<ClientAuthenticationChoice, string> = {
  auto: 'Automatic, from discovery',
  none: 'none (public client)',
  client_secret_basic: 'client_secret_basic (Authorization: Basic)',
  client_secret_post: 'client_secret_post (secret in the form body)',
};

/**
 * Below the client ID: how the client authenticates (for a confidential client the method, from
 * discovery's token_endpoint_auth_methods_supported or chosen, and the secret, typed into the tab's
 * memory only), and the redirect URI to register.
 */
export function RealProviderClientFields({ request, update }: Pick<SectionProps, 'request' | 'update'>) {
  const discovery = useDiscovery(request.issuer);
  const discovered = discovery.data?.outcome === 'ok';
  const supported = discovery.data?.outcome === 'ok' ? discovery.data.document.token_endpoint_auth_methods_supported : undefined;
  const resolved = resolveClientAuthentication(request.clientAuthentication, supported, request.confidential);
  return (
    <>
      <fieldset className="field">
        <legend>Client authentication at the token endpoint</legend>
        <label className="field">
          Method
          <select
            value={request.clientAuthentication}
            onChange={(e) => {
              const choice = e.target.value;
              if (isClientAuthenticationChoice(choice)) update((r) => ({ ...r, clientAuthentication: choice }));
            }}
          >
            {CLIENT_AUTHENTICATION_CHOICES.map((choice) => <option key={choice} value={choice}>{CHOICE_LABELS[choice]}</option>)}
          </select>
        </label>
        {request.clientAuthentication === 'auto' && !discovered ? (
          <p className="muted small" data-testid={TEST_IDS.clientAuthMethod} data-reason="awaiting-discovery">
            {CLIENT_AUTHENTICATION_AWAITING_DISCOVERY}
          </p>
        ) : (
          <p className="muted small" data-testid={TEST_IDS.clientAuthMethod} data-method={resolved.method} data-reason={resolved.reason}>
            {clientAuthenticationReasonText(resolved.method, resolved.reason)}
          </p>
        )}
        <ClientSecretField
          issuer={request.issuer}
          clientId={request.clientId}
          expected={request.confidential}
          label="Client secret (confidential clients only)"
          onTyped={(typed) => update((r) => (r.confidential === typed ? r : { ...r, confidential: typed }))}
        />
        {request.confidential && (
          <p className="muted small">
            Signing in leaves this page for the provider and comes back with a full page load, which clears the secret from memory: the
            callback screen asks for it again before it redeems the code.
          </p>
        )}
      </fieldset>
      <div className="field">
        <span>Redirect URI to register at the provider (PKCE; a public client needs no secret)</span>
        <div className="row">
          <code className="redirect-uri" data-testid={TEST_IDS.redirectUri}>{redirectUri()}</code>
          <CopyButton value={redirectUri()} label="Copy the redirect URI" />
        </div>
        <span className="muted small">
          If it is not registered, the provider shows its own error page and cannot send you back here.
        </span>
      </div>
    </>
  );
}
