import { useMutation } from '@tanstack/react-query';
import { base64url, decodeJwt } from 'jose';
import { useState } from 'react';
import { Panel } from '../../components/panel';
import type { FlowRun } from '../../domain/flow/flow-run';
import { verifySignature } from '../../domain/flow/verify-id-token';
import { TEST_IDS } from '../../test-ids';

const WHY: Record<string, string> = {
  valid: 'The payload is byte for byte what the provider signed, so the signature still matches.',
  invalid: 'The signature covers the exact bytes of the header and payload: change one character and it no longer matches, so a client must reject the token.',
  unverified: 'The signature could not be checked at all, which is not the same as valid: treat the token as untrusted.',
};

/** Edit the id_token payload, keep the original signature, and watch verification fail. */
export function TamperDemo({ run }: { run: Extract<FlowRun, { outcome: 'completed' }> }) {
  const idToken = typeof run.tokenResponse.id_token === 'string' ? run.tokenResponse.id_token : undefined;
  if (!idToken) return null;
  return (
    <Panel title="Tamper demo: edit the payload, keep the signature" id="tamper">
      <p className="muted small">
        Change a claim (say, <code>sub</code> or <code>email</code>) and check the signature again. It is checked against the
        provider’s published key, exactly as for the real token.
      </p>
      {/* Keyed: "Refresh tokens" brings a new id_token, whose payload and verdict start afresh. */}
      <TamperEditor key={idToken} idToken={idToken} jwks={run.jwks} />
    </Panel>
  );
}

function TamperEditor({ idToken, jwks }: { idToken: string; jwks: unknown }) {
  const [payloadText, setPayloadText] = useState(() => JSON.stringify(decodeJwt(idToken), null, 2));
  const check = useMutation({
    mutationFn: async () => {
      const [header, , signature] = idToken.split('.');
      let payload: unknown;
      try {
        payload = JSON.parse(payloadText);
      } catch {
        return { status: 'error' as const, detail: 'The edited payload is not valid JSON; fix it, then check again.' };
      }
      const tampered = `${header}.${base64url.encode(JSON.stringify(payload))}.${signature}`;
      return verifySignature(tampered, jwks);
    },
  });
  return (
    <>
      <textarea
        className="tamper-editor"
        aria-label="Tampered id_token payload JSON"
        value={payloadText}
        onChange={(e) => setPayloadText(e.target.value)}
        spellCheck={false}
        rows={10}
      />
      <div className="row">
        <button type="button" onClick={() => check.mutate()} disabled={check.isPending}>Check the signature</button>
      </div>
      {check.data && (
        <p className={`status status-${check.data.status === 'error' ? 'invalid' : check.data.status}`} data-testid={TEST_IDS.tamperStatus} data-status={check.data.status} role="status">
          <strong>{check.data.status === 'valid' ? 'Still valid' : check.data.status === 'invalid' ? 'Signature invalid' : 'Not verified'}</strong> —{' '}
          {WHY[check.data.status] ?? check.data.detail}
        </p>
      )}
    </>
  );
}
