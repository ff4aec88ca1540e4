import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { SignatureStatus } from '../../domain/flow-run';

/**
 * For an HMAC-signed id_token: verify it with the client secret, in this page only. The secret
 * lives in this component's state and nowhere else (not storage, not a permalink, not a log).
 */
export function SecretVerification({ idToken }: { idToken: string }) {
  const [secret, setSecret] = useState('');
  const verify = useMutation<SignatureStatus>({
    mutationFn: async () => (await import('../../domain/verify-id-token')).verifyWithSecret(idToken, secret),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate();
  };
  return (
    <form className="secret-form" onSubmit={submit}>
      <label className="field">
        Client secret (used in this page only, never stored or sent)
        <input type="password" autoComplete="off" value={secret} onChange={(e) => setSecret(e.target.value)} />
      </label>
      <button type="submit" disabled={!secret || verify.isPending}>Verify with the secret</button>
      {verify.data && (
        <p className={`status status-${verify.data.status}`} data-testid="secret-signature-status" data-status={verify.data.status}>
          {verify.data.detail}
        </p>
      )}
    </form>
  );
}
