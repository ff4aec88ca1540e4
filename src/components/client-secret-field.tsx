import { useEffect, useId, useRef, useState } from 'react';
import { readClientSecret } from '../domain/text/input-limits';
import { CLIENT_SECRET_GONE, CLIENT_SECRET_KEPT_IN_MEMORY } from '../domain/messages';
import { setClientSecret, useClientSecret } from '../state/client-secret-store';
import { TEST_IDS } from '../test-ids';

interface ClientSecretFieldProps {
  readonly issuer: string;
  readonly clientId: string;
  /** The request says the client is confidential: an empty field is then a secret that is gone. */
  readonly expected: boolean;
  /** Hears whether a secret is now typed (the compose screen records that the client is confidential). */
  readonly onTyped?: (typed: boolean) => void;
  readonly label?: string;
}

/**
 * The client secret of a confidential client, typed into the page and kept in the tab's memory only
 * (src/state/client-secret-store.ts). A password field: never shown, never autofilled into storage.
 */
export function ClientSecretField({ issuer, clientId, expected, onTyped, label = 'Client secret' }: ClientSecretFieldProps) {
  const secret = useClientSecret(issuer, clientId);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // Uncontrolled on purpose: React mirrors a controlled input's value into its `value` attribute,
  // which would put the secret in the page's markup. Only the input's property ever holds it.
  useEffect(() => {
    if (input.current && input.current.value !== (secret ?? '')) input.current.value = secret ?? '';
  }, [secret]);
  // A secret over the limit is not kept; the message says so where it was typed, and the text stays.
  const [tooLong, setTooLong] = useState<string | undefined>(undefined);
  const gone = expected && secret === undefined;
  const status = tooLong ? 'too-long' : gone ? 'gone' : secret === undefined ? 'empty' : 'in-memory';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={input}
        type="password"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-status`}
        aria-invalid={tooLong ? true : undefined}
        onChange={(e) => {
          const typed = readClientSecret(e.target.value);
          setTooLong(typed.outcome === 'too-long' ? typed.message : undefined);
          setClientSecret(issuer, clientId, typed.outcome === 'secret' ? typed.secret : '');
          onTyped?.(typed.outcome !== 'empty');
        }}
      />
      <span
        id={`${id}-status`}
        className={tooLong ? 'blocking small' : gone ? 'notice small' : 'muted small'}
        role={tooLong ? 'alert' : gone ? 'status' : undefined}
        data-testid={TEST_IDS.clientSecretStatus}
        data-status={status}
      >
        {tooLong ?? (gone ? CLIENT_SECRET_GONE : CLIENT_SECRET_KEPT_IN_MEMORY)}
      </span>
    </div>
  );
}
