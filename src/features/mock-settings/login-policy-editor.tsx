import { FieldMessages } from '../../components/field-messages';
import { LazyJsonEditor } from '../../components/lazy-json-editor';
import type { RequestProblem } from '../../domain/check-composed-request';
import { parseLoginPolicy } from '../../domain/login-policy';

/** The login policy: customClaims (claim → profile attribute per target) and custom scopes. */
export function LoginPolicyEditor({ value, onChange, problems }: { value: string; onChange: (text: string) => void; problems: readonly RequestProblem[] }) {
  return (
    <div className="field">
      <span>Login policy: custom claims and custom scopes</span>
      <span className="muted small">
        <code>customClaims</code> map claim names to profile attributes for the id_token or userinfo; <code>customScopes</code>{' '}
        (Next Identity) carry claims when granted. Attribute names must match the profile schema exactly.
      </span>
      <LazyJsonEditor
        label="Mock login policy JSON"
        value={value}
        onChange={onChange}
        describedBy="mock-policy-messages"
        diagnose={(text) => {
          const parsed = parseLoginPolicy(text);
          return parsed.outcome === 'invalid' ? [{ offset: 0, message: parsed.message, severity: 'error' }] : [];
        }}
      />
      <FieldMessages problems={problems} field="mockPolicy" id="mock-policy-messages" />
    </div>
  );
}
