import { groupClaimVerdicts } from '../../domain/explain/group-claim-verdicts';
import { exportPlaywrightSpec } from '../../domain/flow/playwright-spec';
import { claimExplanationOf } from '../../domain/explain/run-claim-explanation';
import type { FlowRun } from '../../domain/flow/flow-run';
import { scopeExplanationOf } from '../../domain/explain/run-scope-explanation';

/** "Export as Playwright test": a *.spec.ts that reproduces this mock run and asserts what it showed, downloaded from a Blob. */
export function ExportSpecButton({ run }: { run: Extract<FlowRun, { outcome: 'completed' }> }) {
  const spec = exportPlaywrightSpec(run.request, {
    signature: run.signature.status,
    scopes: scopeExplanationOf(run).verdicts.map((v) => ({ scope: v.scope, outcome: v.outcome })),
    // Exactly the claim-outcome rows the claims table renders: userinfo-served scopes are summary lines there.
    claims: rendered(groupClaimVerdicts(claimExplanationOf(run))).map((v) => ({ claim: v.claim, target: v.target, outcome: v.outcome, source: v.source })),
  });
  if (spec.outcome === 'unsupported') {
    return (
      <button type="button" disabled title={spec.message}>
        Export as Playwright test
      </button>
    );
  }
  const download = () => {
    const url = URL.createObjectURL(new Blob([spec.text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = spec.fileName;
    link.click();
    // The click starts the download synchronously; the object URL is not needed after it.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" onClick={download}>
      Export as Playwright test
    </button>
  );
}

function rendered(grouped: ReturnType<typeof groupClaimVerdicts>) {
  return [...grouped.protocol, ...grouped.rows];
}
