import { LazyJsonEditor } from '../../components/lazy-json-editor';
import type { EditorDiagnostic } from '../../components/json-editor';
import { FieldMessages } from '../../components/field-messages';
import { Panel } from '../../components/panel';
import { parseClaimsRequest, type ParseClaimsOptions } from '../../domain/scopes-and-claims/parse-claims-request';
import { claimsParseOptionsOf } from '../../domain/request/claims-parse-options';
import type { SectionProps } from '../../state/composed-request-store';

const EXAMPLE = '{"userinfo": {"gender": null}, "id_token": {"gender": null}}';

function diagnose(text: string, options: ParseClaimsOptions): EditorDiagnostic[] {
  const parsed = parseClaimsRequest(text, options);
  if (parsed.outcome === 'invalid') return [{ offset: parsed.error.at.offset, message: parsed.error.message, severity: 'error' }];
  if (parsed.outcome === 'valid') return parsed.warnings.map((w) => ({ offset: w.at.offset, message: w.message, severity: 'warning' }));
  return [];
}

export function ClaimsSection({ request, update, problems }: SectionProps) {
  const options = claimsParseOptionsOf(request);
  const insertExample = () => update((r) => ({ ...r, claimsText: JSON.stringify(JSON.parse(EXAMPLE), null, 2) }));
  return (
    <Panel
      title="Claims request (OIDC Core §5.5)"
      id="claims"
      actions={<button type="button" className="link-button" onClick={insertExample}>Insert example</button>}
    >
      <p className="muted small">
        Ask for individual claims in the id_token or at userinfo, whatever scopes are granted. Each claim is <code>null</code> or an
        object with <code>essential</code>, <code>value</code> or <code>values</code>. Leave empty to send no <code>claims</code>.
      </p>
      <LazyJsonEditor
        label="Claims request JSON"
        value={request.claimsText}
        onChange={(claimsText) => update((r) => ({ ...r, claimsText }))}
        id="field-claims"
        placeholderText="Empty: no claims parameter is sent. “Insert example” fills in one."

        diagnose={(text) => diagnose(text, options)}
        describedBy="claims-messages"
      />
      <FieldMessages problems={problems} field="claims" id="claims-messages" />
    </Panel>
  );
}
