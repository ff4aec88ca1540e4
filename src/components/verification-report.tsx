import type { IdTokenCheck } from '../domain/tokens/check-id-token-claims';
import type { SignatureStatus } from '../domain/flow/flow-run';
import { TEST_IDS } from '../test-ids';
import { TableHead } from './table-head';

const STATUS_LABEL: Record<SignatureStatus['status'], string> = {
  valid: 'Signature verified',
  invalid: 'Signature INVALID',
  unverified: 'Signature NOT verified',
};
const CHECK_LABEL: Record<IdTokenCheck['outcome'], string> = { pass: 'pass', fail: 'FAIL', warn: 'check', skipped: 'skipped' };

/** The signature verdict in words; a token that was not verified says so plainly. */
export function SignatureLine({ signature }: { signature: SignatureStatus }) {
  return (
    <p className={`status status-${signature.status}`} data-testid={TEST_IDS.signatureStatus} data-status={signature.status}>
      <strong>{STATUS_LABEL[signature.status]}</strong> — {signature.detail}
    </p>
  );
}

/** The claim checks of OIDC Core §3.1.3.7, one row each, reflowing into stacked rows on a phone. */
export function ClaimChecksTable({ checks }: { checks: readonly IdTokenCheck[] }) {
  return (
    <table className="checks reflow">
      <caption className="visually-hidden">Claim checks of OIDC Core §3.1.3.7</caption>
      <TableHead columns={['Check', 'Result', 'Why']} />
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
  );
}
