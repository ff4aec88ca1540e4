import { FieldMessages } from '../../components/field-messages';
import { Panel } from '../../components/panel';
import { fieldIsInvalid } from '../../domain/request/check-composed-request';
import type { ComposedRequest } from '../../domain/request/composed-request';
import { OPTIONAL_AUTHORIZE_FIELDS } from '../../domain/request/authorize-parameters';
import type { SectionProps } from '../../state/composed-request-store';

export function ExtraParameters({ request, update, problems }: SectionProps) {
  return (
    <Panel title="Extra parameters" id="extra">
      <div className="grid-2">
        {OPTIONAL_AUTHORIZE_FIELDS.map(({ field: key, parameter: label, hint, numeric }) => (
          <div className="field" key={key}>
            <label className="field-label" htmlFor={`field-${key}`}><code>{label}</code></label>
            <input
              id={`field-${key}`}
              value={request[key]}
              placeholder={hint}
              onChange={(e) => update((r): ComposedRequest => ({ ...r, [key]: e.target.value }))}
              inputMode={numeric ? 'numeric' : undefined}
              spellCheck={false}
              aria-invalid={fieldIsInvalid(problems, key)}
              aria-describedby={`${key}-messages`}
            />
            <FieldMessages problems={problems} field={key} id={`${key}-messages`} />
          </div>
        ))}
      </div>
      <label className="field">
        Other authorize parameters (name=value, one per line)
        <span className="muted small">Any parameter the provider accepts; resource may repeat (RFC 8707).</span>
        <textarea
          id="field-custom-params"
          value={request.customParams}
          rows={2}
          spellCheck={false}
          placeholder="audience=https://api.example.com"
          onChange={(e) => update((r) => ({ ...r, customParams: e.target.value }))}
          aria-invalid={fieldIsInvalid(problems, 'customParams')}
          aria-describedby="customParams-messages"
        />
      </label>
      <FieldMessages problems={problems} field="customParams" id="customParams-messages" />
    </Panel>
  );
}
