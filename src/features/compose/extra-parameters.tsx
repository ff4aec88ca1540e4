import { FieldMessages } from '../../components/field-messages';
import { Panel } from '../../components/panel';
import type { ComposedRequest } from '../../domain/composed-request';
import type { SectionProps } from '../../lib/composed-request-store';

type TextField = 'prompt' | 'maxAge' | 'loginHint' | 'uiLocales' | 'acrValues';
const FIELDS: ReadonlyArray<{ key: TextField; label: string; hint: string }> = [
  { key: 'prompt', label: 'prompt', hint: 'none, login, consent or select_account' },
  { key: 'maxAge', label: 'max_age', hint: 'seconds since the last sign-in' },
  { key: 'loginHint', label: 'login_hint', hint: 'pre-fills the sign-in form' },
  { key: 'uiLocales', label: 'ui_locales', hint: 'e.g. fr-CA fr en' },
  { key: 'acrValues', label: 'acr_values', hint: 'requested authentication context' },
];

export function ExtraParameters({ request, update, problems }: SectionProps) {
  return (
    <Panel title="Extra parameters" id="extra">
      <div className="grid-2">
        {FIELDS.map(({ key, label, hint }) => (
          <label className="field" key={key}>
            <code>{label}</code>
            <input
              value={request[key]}
              placeholder={hint}
              onChange={(e) => update((r): ComposedRequest => ({ ...r, [key]: e.target.value }))}
              inputMode={key === 'maxAge' ? 'numeric' : undefined}
              aria-invalid={key === 'maxAge' && problems.some((p) => p.field === 'maxAge')}
            />
          </label>
        ))}
      </div>
      <FieldMessages problems={problems} field="maxAge" />
      <label className="field">
        Other authorize parameters (name=value, one per line)
        <textarea
          value={request.customParams}
          rows={2}
          spellCheck={false}
          placeholder="audience=https://api.example.com"
          onChange={(e) => update((r) => ({ ...r, customParams: e.target.value }))}
          aria-invalid={problems.some((p) => p.field === 'customParams')}
          aria-describedby="customParams-messages"
        />
      </label>
      <FieldMessages problems={problems} field="customParams" id="customParams-messages" />
    </Panel>
  );
}
