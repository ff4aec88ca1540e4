import type { ReactNode } from 'react';
import { FieldMessages } from '../../components/field-messages';
import { LazyJsonEditor } from '../../components/lazy-json-editor';
import { fieldIsInvalid, type RequestField, type RequestProblem } from '../../domain/request/check-composed-request';

/** A configuration error of the text and where it is, as the editor marks it. */
export interface SettingsError {
  readonly offset: number;
  readonly message: string;
}

export interface SettingsJsonEditorProps {
  readonly title: string;
  readonly hint?: ReactNode;
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly onReset: () => void;
  readonly resetLabel: string;
  readonly problems: readonly RequestProblem[];
  readonly field: RequestField;
  readonly inputId: string;
  /** The configuration error of the text, if any: marked in the editor at its place and listed under it. */
  readonly check: (text: string) => SettingsError | undefined;
}

/** A JSON setting of the mock (user profile, login policy) with its configuration error in place. */
export function SettingsJsonEditor({ title, hint, label, value, onChange, onReset, resetLabel, problems, field, inputId, check }: SettingsJsonEditorProps) {
  const messagesId = `${field}-messages`;
  return (
    <div className="field" data-invalid={fieldIsInvalid(problems, field) || undefined}>
      <div className="field-head">
        <span>{title}</span>
        <button type="button" className="link-button small" onClick={onReset}>{resetLabel}</button>
      </div>
      {hint && <span className="muted small">{hint}</span>}
      <LazyJsonEditor
        label={label}
        id={inputId}
        value={value}
        onChange={onChange}
        describedBy={messagesId}
        diagnose={(text) => {
          const error = check(text);
          return error ? [{ offset: error.offset, message: error.message, severity: 'error' }] : [];
        }}
      />
      <FieldMessages problems={problems} field={field} id={messagesId} />
    </div>
  );
}
