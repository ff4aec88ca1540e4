import { Panel } from '../../components/panel';
import type { IdTokenCheck } from '../../domain/tokens/check-id-token-claims';
import { ClaimChecksTable, SignatureLine } from '../../components/verification-report';
import type { SignatureCheck } from './use-signature';

/** The signature verdict against the issuer's JWKS, and the claim checks of OIDC Core §3.1.3.7. */
export function InspectVerification({ check, checks, note }: { check: SignatureCheck; checks: readonly IdTokenCheck[] | undefined; note: string | undefined }) {
  return (
    <Panel title="Verification" id="inspect-verification">
      {check.state === 'pending' && (
        <p className="status" role="status">
          Fetching the discovery document and keys of {check.issuer}…
        </p>
      )}
      {check.state === 'done' && <SignatureLine signature={check.signature} />}
      {note && <p className="muted small">{note}</p>}
      {checks && <ClaimChecksTable checks={checks} />}
    </Panel>
  );
}
