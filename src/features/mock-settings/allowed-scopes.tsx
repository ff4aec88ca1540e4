import { useState } from 'react';
import { STANDARD_SCOPES, isStandardScope } from '../../domain/scopes-and-claims/catalogue';
import { splitScopes } from '../../domain/scopes-and-claims/scope-list';

interface AllowedScopesProps {
  readonly allowed: readonly string[];
  readonly onChange: (allowed: string[]) => void;
  /** An example for the free-text field that works under the behaviour profile in use. */
  readonly example?: string;
}

/** The token policy's `allowedScopes`: requested scopes outside it are dropped. */
export function AllowedScopes({ allowed, onChange, example = 'api:read' }: AllowedScopesProps) {
  const custom = allowed.filter((s) => !isStandardScope(s));
  // The text is kept as typed so a trailing space can be typed; the policy gets the split list.
  // Typed text that no longer spells the policy (an import, a reset replaced it) gives way to the policy's own list.
  const [typed, setTyped] = useState(custom.join(' '));
  const customText = sameScopes(splitScopes(typed).filter((s) => !isStandardScope(s)), custom) ? typed : custom.join(' ');
  const standard = allowed.filter(isStandardScope);
  const toggle = (scope: string, on: boolean) => {
    const next = on ? [...standard, scope] : standard.filter((s) => s !== scope);
    onChange([...STANDARD_SCOPES.filter((s) => next.includes(s)), ...custom]);
  };
  return (
    <fieldset className="field">
      <legend>Token policy: allowed scopes</legend>
      <div className="chip-row">
        {STANDARD_SCOPES.map((scope) => (
          <label key={scope} className="chip">
            <input type="checkbox" checked={allowed.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} />
            {scope}
          </label>
        ))}
      </div>
      <label className="field">
        Other allowed scopes
        <input
          value={customText}
          placeholder={`e.g. ${example}`}
          spellCheck={false}
          onChange={(e) => {
            setTyped(e.target.value);
            onChange([...standard, ...splitScopes(e.target.value)]);
          }}
        />
      </label>
    </fieldset>
  );
}

function sameScopes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((scope, index) => scope === b[index]);
}
