import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { SignatureStatus } from '../../domain/flow/flow-run';
import { TEST_IDS } from '../../test-ids';

/**
 * For an HMAC-signed id_token: verify it with the client secret, in this page only. The secret
 * lives in this component's state and nowhere else (not storage, not a permalink, not a log).
 */
export function SecretVerification({ idToken }: { idToken: string }) {
  const [secret, setSecret] = useState('');
  const verify = useMutation<SignatureStatus, Error, string>({
    mutationFn: async (token) => (await import('../../domain/flow/verify-id-token')).verifyWithSecret(token, secret),
  });
  // A verdict speaks of the token it checked; after "Refresh tokens" it no longer applies (the secret stays typed).
  const verdict = verify.variables === idToken ? verify.data : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate(idToken);
  };
  return (
    <form className="secret-form" onSubmit={submit}>
      <label className="field">
        Client secret (used in this page only, never stored or sent)
        <input type="password" autoComplete="off" value={secret} onChange={(e) => setSecret(e.target.value)} />
      </label>
      <button type="submit" disabled={!secret || verify.isPending}>Verify with the secret</button>
      {verdict && (
        <p className={`status status-${verdict.status}`} data-testid={TEST_IDS.secretSignatureStatus} data-status={verdict.status}>
          {verdict.detail}
        </p>
      )}
    </form>
  );
}
