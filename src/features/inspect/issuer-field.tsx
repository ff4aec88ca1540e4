import { useState } from 'react';

/**
 * The issuer to fetch discovery and keys from. Applied on Enter or when the field is left, never
 * per keystroke, so a half-typed host name is never contacted.
 */
export function IssuerField({ value, placeholder, problem, onCommit }: { value: string; placeholder: string; problem: string | undefined; onCommit: (issuer: string) => void }) {
  // A draft belongs to the issuer it was typed over: once the issuer is set from elsewhere, the field shows that.
  const [typed, setTyped] = useState({ over: value, text: value });
  const draft = typed.over === value ? typed.text : value;
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <label className="field">
      <span>Issuer</span>
      <input
        value={draft}
        onChange={(e) => setTyped({ over: value, text: e.target.value })}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      <span className="muted small">Empty: the token’s iss. Applied on Enter or when you leave the field.</span>
      {problem && <span className="blocking small" role="alert">{problem}</span>}
    </label>
  );
}
