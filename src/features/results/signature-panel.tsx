import { decodeProtectedHeader } from 'jose';
import { Panel } from '../../components/panel';
import type { IdTokenCheck } from '../../domain/check-id-token-claims';
import type { SignatureStatus } from '../../domain/flow-run';
import { TEST_IDS } from '../../test-ids';
import { SecretVerification } from './secret-verification';

const STATUS_LABEL: Record<SignatureStatus['status'], string> = {
  valid: 'Signature verified',
  invalid: 'Signature INVALID',
  unverified: 'Signature NOT verified',
};
const CHECK_LABEL: Record<IdTokenCheck['outcome'], string> = { pass: 'pass', fail: 'FAIL', warn: 'check', skipped: 'skipped' };

export function SignaturePanel({ signature, checks, idToken }: { signature: SignatureStatus; checks: readonly IdTokenCheck[]; idToken: string | undefined }) {
  const hmac = idToken !== undefined && /^HS/.test(algOf(idToken));
  return (
    <Panel title="id_token verification" id="verification">
      <p className={`status status-${signature.status}`} data-testid={TEST_IDS.signatureStatus} data-status={signature.status}>
        <strong>{STATUS_LABEL[signature.status]}</strong> — {signature.detail}
      </p>
      {hmac && signature.status !== 'valid' && <SecretVerification idToken={idToken} />}
      <table className="checks reflow">
        <caption className="visually-hidden">Claim checks of OIDC Core §3.1.3.7</caption>
        <thead>
          <tr><th scope="col">Check</th><th scope="col">Result</th><th scope="col">Why</th></tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <tr key={check.name} data-check={check.name} data-outcome={check.outcome}>
              <th scope="row"><code>{check.name}</code></th>
              <td className={`outcome-${check.outcome}`} data-label="Result">{CHECK_LABEL[check.outcome]}</td>
              <td data-label="Why">{check.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function algOf(idToken: string): string {
  try {
    return decodeProtectedHeader(idToken).alg ?? '';
  } catch {
    return '';
  }
}
