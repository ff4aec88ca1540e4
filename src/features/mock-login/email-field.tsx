import { useId, type Ref } from 'react';
import { EMAIL_MATCHES_NO_USER, EMAIL_READ_ONLY_REASON } from '../../domain/messages';

interface EmailFieldProps {
  readonly value: string;
  /** Undefined: the field is read-only, and says why. */
  readonly onChange: ((value: string) => void) | undefined;
  readonly matchesNoUser: boolean;
  readonly inputRef: Ref<HTMLInputElement>;
}

/** The email of the user who signs in: typing another user's address chooses that user. */
export function EmailField({ value, onChange, matchesNoUser, inputRef }: EmailFieldProps) {
  const noteId = useId();
  const readOnly = onChange === undefined;
  const note = readOnly ? EMAIL_READ_ONLY_REASON : matchesNoUser ? EMAIL_MATCHES_NO_USER : undefined;
  // The note sits beside the label, not in it: the field's name stays "Email", the note its description.
  return (
    <div className="email-field">
      <label>
        Email
        <input
          ref={inputRef}
          name="email"
          type="email"
          autoComplete="username"
          value={value}
          readOnly={readOnly}
          aria-invalid={matchesNoUser || undefined}
          aria-describedby={note ? noteId : undefined}
          onChange={onChange && ((e) => onChange(e.target.value))}
        />
      </label>
      {note && (
        <span id={noteId} className={matchesNoUser ? 'blocking small' : 'muted small'} role={matchesNoUser ? 'alert' : undefined}>
          {note}
        </span>
      )}
    </div>
  );
}
