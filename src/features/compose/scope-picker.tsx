import { FieldMessages } from '../../components/field-messages';
import { Panel } from '../../components/panel';
import { STANDARD_SCOPES, type StandardScope } from '../../domain/scopes-and-claims/catalogue';
import { scopeNoteText } from '../../domain/messages';
import { scopeNoteOf } from '../../domain/scopes-and-claims/scope-note';
import type { SectionProps } from '../../state/composed-request-store';
import { otherScopesExample, profileInUse } from '../../domain/request/profile-in-use';

export function ScopePicker({ request, update, problems }: SectionProps) {
  const withheld = profileInUse(request)?.withheldClaims ?? [];
  const toggle = (scope: StandardScope, on: boolean) =>
    update((r) => ({
      ...r,
      standardScopes: on ? [...r.standardScopes, scope] : r.standardScopes.filter((s) => s !== scope),
    }));
  return (
    <Panel title="Scopes" id="scopes">
      <ul className="scope-list">
        {STANDARD_SCOPES.map((scope) => (
          <li key={scope}>
            <label className="scope-toggle">
              <input
                type="checkbox"
                id={`field-scope-${scope}`}
                checked={request.standardScopes.includes(scope)}
                onChange={(e) => toggle(scope, e.target.checked)}
                aria-describedby={scope === 'openid' ? 'scopes-messages' : undefined}
              />
              <span className="scope-name">{scope}</span>
            </label>
            <span className="scope-claims">{scopeNoteText(scopeNoteOf(scope, withheld))}</span>
          </li>
        ))}
      </ul>
      <label className="field">
        Other scopes (custom or unknown, space-separated)
        <input
          value={request.customScopes}
          placeholder={otherScopesExample(request)}
          onChange={(e) => update((r) => ({ ...r, customScopes: e.target.value }))}
          spellCheck={false}
        />
      </label>
      <FieldMessages problems={problems} field="scopes" id="scopes-messages" />
    </Panel>
  );
}
