import { TEST_IDS } from '../../test-ids';
import type { InspectInputs } from './inspect-inputs';
import { IssuerField } from './issuer-field';

interface TokenFieldsProps {
  readonly inputs: InspectInputs;
  readonly onChange: (change: Partial<InspectInputs>) => void;
  /** Shown as placeholders: what is used when a field is left empty. */
  readonly defaults: { readonly issuer: string; readonly audience: string };
  readonly problems: Partial<Record<keyof InspectInputs, string>>;
}

/** The pasted token and what to check it against. Plain text fields: nothing pasted is interpreted as HTML. */
export function TokenFields({ inputs, onChange, defaults, problems }: TokenFieldsProps) {
  const text = (name: keyof InspectInputs, label: string, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={inputs[name]}
        onChange={(e) => onChange({ [name]: e.target.value })}
        placeholder={name === 'audience' ? defaults.audience : undefined}
        aria-invalid={problems[name] ? true : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      {hint && <span className="muted small">{hint}</span>}
      {problems[name] && <span className="blocking small" role="alert">{problems[name]}</span>}
    </label>
  );
  const area = (name: 'userinfo' | 'claims', label: string) => (
    <label className="field">
      <span>{label}</span>
      <textarea className="tamper-editor" rows={4} value={inputs[name]} onChange={(e) => onChange({ [name]: e.target.value })} spellCheck={false} />
      {problems[name] && <span className="blocking small" role="alert">{problems[name]}</span>}
    </label>
  );
  return (
    <>
      <label className="field">
        <span>id_token or JWT access token</span>
        <textarea
          className="tamper-editor"
          data-testid={TEST_IDS.inspectInput}
          rows={5}
          value={inputs.token}
          onChange={(e) => onChange({ token: e.target.value })}
          placeholder="eyJhbGciOi…"
          autoComplete="off"
          spellCheck={false}
        />
        <span className="muted small">Decoded in this page. Only the issuer’s discovery document and JWKS are fetched; nothing is stored.</span>
      </label>
      <div className="grid-2">
        <label className="field">
          <span>Read it as</span>
          <select value={inputs.treatAs} onChange={(e) => onChange({ treatAs: e.target.value as InspectInputs['treatAs'] })}>
            <option value="auto">Tell from the token</option>
            <option value="id_token">id_token</option>
            <option value="access_token">JWT access token</option>
          </select>
        </label>
        <IssuerField value={inputs.issuer} placeholder={defaults.issuer} problem={problems.issuer} onCommit={(issuer) => onChange({ issuer })} />
        {text('audience', 'Expected audience (client ID)', 'Empty: taken from the token, which proves nothing.')}
        {text('now', 'Now (ISO time) for exp and iat')}
        {text('scope', 'Scope granted (optional)', 'Empty: the token’s scope, else read off the claims present.')}
      </div>
      <div className="grid-2">
        {area('userinfo', 'Userinfo response JSON (optional)')}
        {area('claims', 'Claims request JSON (optional)')}
      </div>
    </>
  );
}
