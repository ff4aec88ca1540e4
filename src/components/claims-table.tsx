import { Panel } from './panel';
import type { ValueWarning } from '../domain/tokens/check-claim-values';
import type { TypeIssue } from '../domain/scopes-and-claims/claim-types';
import { describeTime, isTimeClaim } from '../domain/text/describe-time';
import type { ClaimVerdict, DeliveredClaim, MissingClaim } from '../domain/explain/explain-claims';
import { groupClaimVerdicts } from '../domain/explain/group-claim-verdicts';
import { claimVerdictText, notReceivedText, scopeAtUserinfoText, typeIssueText, valueWarningText } from '../domain/messages';
import type { ClaimTarget } from '../domain/scopes-and-claims/parse-claims-request';
import { TEST_IDS } from '../test-ids';
import { TableHead } from './table-head';

export interface ClaimsTableProps {
  readonly verdicts: readonly ClaimVerdict[];
  /** checkClaimTypes of each payload. */
  readonly typeIssues: Readonly<Record<ClaimTarget, readonly TypeIssue[]>>;
  /** checkClaimValues of each payload. */
  readonly valueWarnings: Readonly<Record<ClaimTarget, readonly ValueWarning[]>>;
  /** "Now" for relative times: the run's clock in deterministic mode. */
  readonly nowSeconds: number;
  /** The decoded id_token payload and the userinfo response, as received: where values are read from. */
  readonly idToken: Readonly<Record<string, unknown>> | undefined;
  readonly userinfo: Readonly<Record<string, unknown>> | undefined;
}

const LONGEST_VALUE = 80;

/** Every claim: where it landed and where it came from, or why it is missing. Renders verdicts only. */
export function ClaimsTable(props: ClaimsTableProps) {
  const grouped = groupClaimVerdicts(props.verdicts);
  const { summary } = grouped;
  const protocolWarned = grouped.protocol.some((v) => warningsOf(props, v).length > 0);
  const protocolNames = [...new Set(grouped.protocol.map((v) => v.claim))];
  return (
    <Panel title="Claims: where each came from, and why any is missing" id="claims-explained">
      <p
        className="muted small"
        data-testid={TEST_IDS.claimsSummary}
        data-surprising={summary.surprisingAbsences}
        data-expected={summary.expectedAbsences}
        data-not-received={summary.notReceived}
      >
        {summary.delivered} delivered
        {summary.atUserinfo > 0 && <>, {summary.atUserinfo} at userinfo instead of the id_token</>}; {summary.expectedAbsences} absent as expected,{' '}
        <span className={summary.surprisingAbsences > 0 ? 'surprising' : undefined}>{summary.surprisingAbsences} surprising absence{summary.surprisingAbsences === 1 ? '' : 's'}</span>
        {summary.notReceived > 0 && <>; <span className="surprising">{notReceivedText(summary.notReceived, summary.failedStage)}</span></>}.
      </p>
      {grouped.protocol.length > 0 && (
        <details className="protocol-claims" open={protocolWarned} data-testid={TEST_IDS.protocolClaims}>
          <summary>
            Claims the provider sets itself ({protocolNames.length}): {protocolNames.join(', ')}
          </summary>
          <ClaimRows {...props} verdicts={grouped.protocol} />
        </details>
      )}
      {grouped.atUserinfo.length > 0 && (
        <ul className="at-userinfo">
          {grouped.atUserinfo.map((entry) => (
            <li key={entry.scope} data-testid={TEST_IDS.scopeClaimsAtUserinfo} data-scope={entry.scope} data-claims={entry.claims.join(' ')} data-claims-parameter={entry.claimsParameter}>
              <span className="badge badge-at-userinfo">at userinfo</span> {scopeAtUserinfoText(entry.scope, entry.claims, entry.claimsParameter)}
            </li>
          ))}
        </ul>
      )}
      <ClaimRows {...props} verdicts={grouped.rows} />
    </Panel>
  );
}

type ClaimRowsProps = Omit<ClaimsTableProps, 'verdicts'> & { readonly verdicts: ReadonlyArray<DeliveredClaim | MissingClaim> };

function ClaimRows(props: ClaimRowsProps) {
  const payloads: Record<ClaimTarget, Readonly<Record<string, unknown>> | undefined> = { id_token: props.idToken, userinfo: props.userinfo };
  if (props.verdicts.length === 0) return null;
  return (
    <table className="claims-table reflow">
      <TableHead columns={['Claim', 'In', 'Value', 'Outcome', 'Why']} />
      <tbody>
        {props.verdicts.map((verdict) => {
          const payload = payloads[verdict.target];
          const hasValue = verdict.outcome === 'delivered' && payload !== undefined && Object.hasOwn(payload, verdict.claim);
          const warnings = warningsOf(props, verdict);
          return (
            <tr
              key={`${verdict.target}:${verdict.outcome}:${verdict.claim}`}
              data-testid={TEST_IDS.claimOutcome}
              data-claim={verdict.claim}
              data-target={verdict.target}
              data-outcome={verdict.outcome}
              data-source={verdict.source}
              data-absence={verdict.outcome === 'missing' ? verdict.absence : undefined}
              data-warning={warnings.length > 0 ? warnings.map((w) => w.code).join(' ') : undefined}
            >
              <th scope="row">
                <code>{verdict.claim}</code>
              </th>
              <td data-label="In">{verdict.target}</td>
              <td className="json-cell" data-label="Value">{hasValue ? <ClaimValue claim={verdict.claim} value={payload[verdict.claim]} nowSeconds={props.nowSeconds} /> : '—'}</td>
              <td data-label="Outcome">
                <span className={`badge ${badgeOf(verdict)}`}>{verdict.outcome}</span>
              </td>
              <td data-label="Why">
                {claimVerdictText(verdict.message)}
                {verdict.outcome === 'delivered' && verdict.spec && (
                  <>
                    {' '}
                    <a href={verdict.spec.url} target="_blank" rel="noreferrer noopener">{verdict.spec.label}</a>
                  </>
                )}
                {warnings.map((warning) => (
                  <span className="type-issue" role="note" key={warning.code}>
                    <span aria-hidden="true">⚠ </span>
                    {warning.sentence}
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function badgeOf(verdict: DeliveredClaim | MissingClaim): string {
  if (verdict.outcome === 'delivered') return 'badge-granted';
  if (verdict.absence === 'step-failed') return 'badge-unknown';
  return verdict.absence === 'surprising' ? 'badge-dropped-by-policy' : 'badge-not-requested';
}

function warningsOf(props: Omit<ClaimsTableProps, 'verdicts'>, verdict: DeliveredClaim | MissingClaim): ReadonlyArray<{ code: string; sentence: string }> {
  const typeIssue = props.typeIssues[verdict.target].filter((issue) => issue.claim === verdict.claim).map((issue) => ({ code: 'type', sentence: typeIssueText(issue) }));
  const values = props.valueWarnings[verdict.target]
    .filter((warning) => warning.claim === verdict.claim)
    .map((warning) => ({ code: warning.code, sentence: valueWarningText(warning) }));
  return [...typeIssue, ...values];
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
