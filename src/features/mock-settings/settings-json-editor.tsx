import type { ReactNode } from 'react';
import { FieldMessages } from '../../components/field-messages';
import { LazyJsonEditor } from '../../components/lazy-json-editor';
import type { RequestField, RequestProblem } from '../../domain/check-composed-request';

interface SettingsJsonEditorProps {
  readonly title: string;
  readonly hint?: ReactNode;
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly problems: readonly RequestProblem[];
  readonly field: RequestField;
  /** The configuration error of the text, if any: shown in the editor and under it. */
  readonly check: (text: string) => string | undefined;
}

/** A JSON setting of the mock (user profile, login policy) with its configuration error in place. */
export function SettingsJsonEditor({ title, hint, label, value, onChange, problems, field, check }: SettingsJsonEditorProps) {
  const messagesId = `${field}-messages`;
  return (
    <div className="field">
      <span>{title}</span>
      {hint && <span className="muted small">{hint}</span>}
      <LazyJsonEditor
        label={label}
        value={value}
        onChange={onChange}
        describedBy={messagesId}
        diagnose={(text) => {
          const message = check(text);
          return message ? [{ offset: 0, message, severity: 'error' }] : [];
        }}
      />
      <FieldMessages problems={problems} field={field} id={messagesId} />
    </div>
  );
}
