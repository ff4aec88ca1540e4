import { ClaimsTable } from '../../components/claims-table';
import { JsonView } from '../../components/json-view';
import { Panel } from '../../components/panel';
import { checkIdTokenClaims } from '../../domain/tokens/check-id-token-claims';
import { checkClaimValues } from '../../domain/tokens/check-claim-values';
import { checkClaimTypes } from '../../domain/scopes-and-claims/claim-types';
import type { DecodedToken, TokenType } from '../../domain/tokens/decode-token';
import { explainPastedToken } from '../../domain/explain/explain-pasted-token';
import type { InspectExpectations } from '../../domain/tokens/inspect-expectations';
import { TEST_IDS } from '../../test-ids';
import type { InspectInputs } from './inspect-inputs';
import { InspectVerification } from './inspect-verification';
import { useSignature } from './use-signature';

const SCOPE_NOTE = {
  typed: 'Scopes as typed are taken as granted.',
  token: 'Scopes taken as granted from the token’s own scope claim.',
  inferred: 'No scope given: taken as granted are openid and the standard scopes whose claims arrived; type the granted scope for a sharper explanation.',
} as const;

interface JwtReportProps {
  readonly token: Extract<DecodedToken, { kind: 'jwt' }>;
  readonly tokenType: TokenType;
  readonly inputs: InspectInputs;
  readonly expectations: InspectExpectations;
}

/** A decoded JWT: its signature and claim checks, its header and payload, and every claim explained. */
export function JwtReport({ token, tokenType, inputs, expectations }: JwtReportProps) {
  const ready = expectations.outcome === 'ready' ? expectations : undefined;
  const check = useSignature(token.compact, ready?.expectations.issuer ?? '');
  const checks = ready ? checkIdTokenClaims(token.payload, ready.expectations) : undefined;
  const idToken = tokenType === 'id_token' ? token.payload : undefined;
  const explanation = explainPastedToken({
    idToken,
    tokenScope: typeof token.payload.scope === 'string' ? token.payload.scope : undefined,
    userinfoText: inputs.userinfo,
    scopeText: inputs.scope,
    claimsText: inputs.claims,
    claimsSupported: check.state === 'done' ? check.discovery?.claims_supported : undefined,
  });
  // Relative times need a "now"; while the typed one does not parse, the token's own iat stands in.
  const nowSeconds = ready?.expectations.now ?? (typeof token.payload.iat === 'number' ? token.payload.iat : 0);
  const note = [
    ready?.audienceFromToken ? 'The expected audience was read off the token itself, so the aud check proves nothing: type your client ID.' : undefined,
    tokenType === 'access_token' ? 'Read as a JWT access token: its aud names the API it is for, and only its issuer’s resource servers should rely on it (RFC 9068 §4).' : undefined,
  ].filter(Boolean).join(' ');
  return (
    <div className="results-grid">
      <InspectVerification check={check} checks={checks} note={note || undefined} />
      <Panel title={`Decoded ${tokenType === 'id_token' ? 'id_token' : 'access token'}`} id="inspect-decoded">
        <JsonView label="Header" value={token.header} />
        <JsonView label="Payload" value={token.payload} testId={TEST_IDS.inspectPayload} />
      </Panel>
      <div className="inspect-claims" style={{ gridColumn: '1 / -1' }}>
        {explanation.problems.map((problem) => (
          <p key={problem.field} className="blocking" role="alert">{problem.message}</p>
        ))}
        <p className="muted small">{SCOPE_NOTE[explanation.scopeBasis]} Granted: {explanation.grantedScopes.join(' ') || '(none)'}.</p>
        <ClaimsTable
          verdicts={explanation.verdicts}
          typeIssues={{ id_token: checkClaimTypes(idToken ?? {}), userinfo: checkClaimTypes(explanation.userinfo ?? {}) }}
          valueWarnings={{ id_token: checkClaimValues(idToken ?? {}, { now: nowSeconds }), userinfo: checkClaimValues(explanation.userinfo ?? {}, { now: nowSeconds }) }}
          nowSeconds={nowSeconds}
          idToken={idToken}
          userinfo={explanation.userinfo}
        />
      </div>
    </div>
  );
}
