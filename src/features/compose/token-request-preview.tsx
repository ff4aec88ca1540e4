import {
  TOKEN_ENDPOINT_FROM_DISCOVERY,
  TOKEN_REQUEST_DPOP_NOTE,
  TOKEN_REQUEST_PREVIEW_INTRO,
  clientCredentialsNoteText,
  previewAuthenticationText,
  previewValueText,
  type CitedText,
} from '../../domain/messages/client-credentials-messages';
import type { DiscoveryDocument } from '../../domain/provider/discovery-document';
import { isMockIssuer, type ComposedRequest } from '../../domain/request/composed-request';
import { tokenRequestPreview, type PreviewLine } from '../../domain/request/token-request-preview';
import { mockIssuerUrl } from '../../lib/mock-provider';
import { TEST_IDS } from '../../test-ids';

// The field notes load with the preview, in one chunk (use-client-credentials-problems.ts).
export { clientCredentialsProblems } from './client-credentials-problems';

/**
 * With client credentials on, the preview shows the token request the launch sends instead of an
 * authorize request that will not be made (RFC 6749 §4.4.2): its own chunk, loaded with the switch.
 */
export function TokenRequestPreview({ request, discovery }: { request: ComposedRequest; discovery: DiscoveryDocument | undefined }) {
  const mock = isMockIssuer(request.issuer);
  const preview = tokenRequestPreview(request, {
    tokenEndpoint: mock ? `${mockIssuerUrl()}/token` : discovery?.token_endpoint,
    authMethodsSupported: discovery?.token_endpoint_auth_methods_supported,
  });
  const endpoint = preview.endpoint ?? `${request.issuer.replace(/\/$/, '')}/… ${TOKEN_ENDPOINT_FROM_DISCOVERY}`;
  const line = (prefix: string, separator: string) => (item: PreviewLine) => {
    const value = previewValueText(item.value);
    return (
      <span key={item.name} className={item.value.kind === 'text' ? undefined : 'generated'}>
        {prefix}
        <span className="param-name">{item.name}</span>
        {separator}
        {value}
      </span>
    );
  };
  return (
    <div data-testid={TEST_IDS.tokenRequestPreview} data-dpop={String(preview.dpop)} data-authentication={preview.authentication.method}>
      <Cited value={TOKEN_REQUEST_PREVIEW_INTRO} />
      <pre className="authorize-url" tabIndex={0} aria-label="Token request: method, endpoint, headers, then the form body">
        {`${preview.method} ${endpoint}`}
        {preview.headers.map(line('\n', ': '))}
        {'\n'}
        {preview.body.map((item, index) => line(index === 0 ? '\n' : '\n&', '=')(item))}
      </pre>
      <p className="small">{previewAuthenticationText(preview.clientId, preview.authentication)}</p>
      {preview.dpop && <Cited value={TOKEN_REQUEST_DPOP_NOTE} />}
      {preview.notes.length > 0 && (
        <ul className="small">
          {preview.notes.map((note) => (
            <li key={`${note.code}-${note.field}`}>{clientCredentialsNoteText(note)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Cited({ value }: { value: CitedText }) {
  return (
    <p className="small">
      {value.text}{' '}
      <a href={value.url} target="_blank" rel="noreferrer">
        {value.citation}
      </a>
    </p>
  );
}
