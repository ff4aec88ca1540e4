import { decodeProtectedHeader } from 'jose';
import { Panel } from '../../components/panel';
import type { IdTokenCheck } from '../../domain/tokens/check-id-token-claims';
import type { SignatureStatus } from '../../domain/flow/flow-run';
import { ClaimChecksTable, SignatureLine } from '../../components/verification-report';
import { SecretVerification } from './secret-verification';

export function SignaturePanel({ signature, checks, idToken }: { signature: SignatureStatus; checks: readonly IdTokenCheck[]; idToken: string | undefined }) {
  const hmac = idToken !== undefined && /^HS/.test(algOf(idToken));
  return (
    <Panel title="id_token verification" id="verification">
      <SignatureLine signature={signature} />
      {hmac && signature.status !== 'valid' && <SecretVerification idToken={idToken} />}
      <ClaimChecksTable checks={checks} />
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
