import { FieldMessages } from '../../components/field-messages';
import { Panel } from '../../components/panel';
import { fieldIsInvalid, type RequestField } from '../../domain/check-composed-request';
import type { ComposedRequest } from '../../domain/composed-request';
import type { SectionProps } from '../../state/composed-request-store';

type TextField = 'prompt' | 'maxAge' | 'loginHint' | 'uiLocales' | 'acrValues';
const FIELDS: ReadonlyArray<{ key: TextField; label: string; hint: string; checked?: RequestField }> = [
  { key: 'prompt', label: 'prompt', hint: 'none, login, consent or select_account', checked: 'prompt' },
  { key: 'maxAge', label: 'max_age', hint: 'seconds since the last sign-in', checked: 'maxAge' },
  { key: 'loginHint', label: 'login_hint', hint: 'pre-fills the sign-in form' },
  { key: 'uiLocales', label: 'ui_locales', hint: 'e.g. fr-CA fr en' },
  { key: 'acrValues', label: 'acr_values', hint: 'requested authentication context' },
];

export function ExtraParameters({ request, update, problems }: SectionProps) {
  return (
    <Panel title="Extra parameters" id="extra">
      <div className="grid-2">
        {FIELDS.map(({ key, label, hint, checked }) => (
          <div className="field" key={key}>
            <label className="field-label" htmlFor={`field-${key}`}><code>{label}</code></label>
            <input
              id={`field-${key}`}
              value={request[key]}
              placeholder={hint}
              onChange={(e) => update((r): ComposedRequest => ({ ...r, [key]: e.target.value }))}
              inputMode={key === 'maxAge' ? 'numeric' : undefined}
              spellCheck={false}
              aria-invalid={checked ? fieldIsInvalid(problems, checked) : undefined}
              aria-describedby={checked ? `${checked}-messages` : undefined}
            />
            {checked && <FieldMessages problems={problems} field={checked} id={`${checked}-messages`} />}
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
