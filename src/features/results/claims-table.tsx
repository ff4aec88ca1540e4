import { Panel } from '../../components/panel';
import type { TypeIssue } from '../../domain/claim-types';
import { describeTime, isTimeClaim } from '../../domain/describe-time';
import type { ClaimVerdict } from '../../domain/explain-claims';
import type { ClaimTarget } from '../../domain/parse-claims-request';
import { TEST_IDS } from '../../test-ids';

export interface ClaimsTableProps {
  readonly verdicts: readonly ClaimVerdict[];
  /** checkClaimTypes of each payload. */
  readonly typeIssues: Readonly<Record<ClaimTarget, readonly TypeIssue[]>>;
  /** "Now" for relative times: the run's clock in deterministic mode. */
  readonly nowSeconds: number;
  /** The decoded id_token payload and the userinfo response, as received: where values are read from. */
  readonly idToken: Readonly<Record<string, unknown>> | undefined;
  readonly userinfo: Readonly<Record<string, unknown>> | undefined;
}

const LONGEST_VALUE = 80;

/** Every claim: where it landed and where it came from, or why it is missing. Renders verdicts only. */
export function ClaimsTable({ verdicts, typeIssues, nowSeconds, idToken, userinfo }: ClaimsTableProps) {
  const payloads: Record<ClaimTarget, Readonly<Record<string, unknown>> | undefined> = { id_token: idToken, userinfo };
  const missingCount = verdicts.filter((v) => v.outcome === 'missing').length;
  return (
    <Panel title="Claims: where each came from, and why any is missing" id="claims-explained">
      <p className="muted small">
        {verdicts.length - missingCount} delivered, {missingCount} asked for but missing.
      </p>
      <table className="claims-table reflow">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">In</th>
            <th scope="col">Value</th>
            <th scope="col">Outcome</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {verdicts.map((verdict) => {
            const payload = payloads[verdict.target];
            const hasValue = verdict.outcome === 'delivered' && payload !== undefined && Object.hasOwn(payload, verdict.claim);
            const typeIssue = typeIssues[verdict.target].find((issue) => issue.claim === verdict.claim);
            return (
              <tr
                key={`${verdict.target}:${verdict.outcome}:${verdict.claim}`}
                data-testid={TEST_IDS.claimOutcome}
                data-claim={verdict.claim}
                data-target={verdict.target}
                data-outcome={verdict.outcome}
                data-source={verdict.source}
              >
                <th scope="row">
                  <code>{verdict.claim}</code>
                </th>
                <td data-label="In">{verdict.target}</td>
                <td className="json-cell" data-label="Value">{hasValue ? <ClaimValue claim={verdict.claim} value={payload[verdict.claim]} nowSeconds={nowSeconds} /> : '—'}</td>
                <td data-label="Outcome">
                  <span className={`badge ${verdict.outcome === 'delivered' ? 'badge-granted' : 'badge-dropped-by-policy'}`}>{verdict.outcome}</span>
                </td>
                <td data-label="Why">
                  {verdict.sentence}
                  {typeIssue && (
                    <span className="type-issue" role="note">
                      <span aria-hidden="true">⚠ </span>
                      {typeIssue.sentence}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Panel>
  );
}

/** The value as JSON text (never as HTML), and a time claim also as a date relative to the run's "now". */
function ClaimValue({ claim, value, nowSeconds }: { claim: string; value: unknown; nowSeconds: number }) {
  const text = JSON.stringify(value) ?? String(value);
  const shown = text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 3)}…` : text;
  const time = isTimeClaim(claim) && typeof value === 'number' ? describeTime(value, nowSeconds) : undefined;
  return (
    <>
      <span title={shown === text ? undefined : text}>{shown}</span>
      {time && (
        <span className="muted small time">
          {' '}
          {time.iso} ({time.relative})
        </span>
      )}
    </>
  );
}
