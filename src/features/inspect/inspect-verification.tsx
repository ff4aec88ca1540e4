import { Panel } from '../../components/panel';
import type { IdTokenCheck } from '../../domain/check-id-token-claims';
import { TEST_IDS } from '../../test-ids';
import type { SignatureCheck } from './use-signature';

const STATUS_LABEL = { valid: 'Signature verified', invalid: 'Signature INVALID', unverified: 'Signature NOT verified' } as const;
const CHECK_LABEL: Record<IdTokenCheck['outcome'], string> = { pass: 'pass', warn: 'warning', fail: 'FAIL', skipped: 'skipped' };

/** The signature verdict against the issuer's JWKS, and the claim checks of OIDC Core §3.1.3.7. */
export function InspectVerification({ check, checks, note }: { check: SignatureCheck; checks: readonly IdTokenCheck[] | undefined; note: string | undefined }) {
  return (
    <Panel title="Verification" id="inspect-verification">
      {check.state === 'pending' && (
        <p className="status" role="status">
          Fetching the discovery document and keys of {check.issuer}…
        </p>
      )}
      {check.state === 'done' && (
        <p className={`status status-${check.signature.status}`} data-testid={TEST_IDS.signatureStatus} data-status={check.signature.status}>
          <strong>{STATUS_LABEL[check.signature.status]}</strong> — {check.signature.detail}
        </p>
      )}
      {note && <p className="muted small">{note}</p>}
      {checks && (
        <table className="checks">
          <caption className="visually-hidden">Claim checks of OIDC Core §3.1.3.7</caption>
          <thead>
            <tr><th scope="col">Check</th><th scope="col">Result</th><th scope="col">Why</th></tr>
          </thead>
          <tbody>
            {checks.map((item) => (
              <tr key={item.name} data-check={item.name} data-outcome={item.outcome}>
                <th scope="row"><code>{item.name}</code></th>
                <td className={`outcome-${item.outcome}`}>{CHECK_LABEL[item.outcome]}</td>
                <td>{item.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
