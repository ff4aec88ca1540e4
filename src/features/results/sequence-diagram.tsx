import type { CSSProperties } from 'react';
import { Panel } from '../../components/panel';
import { CopyCurl } from './copy-curl';
import { WireChangeList } from './wire-change-list';
import type { FlowRun } from '../../domain/flow/flow-run';
import { sequenceOf, type LaneId, type SequenceStep } from '../../domain/flow/flow-sequence';
import { sequenceGroupText, sequenceLaneText, sequenceResponseText } from '../../domain/messages';
import { useRevealed } from '../../state/reveal-secrets';
import { RevealSwitch } from './reveal-switch';
import { SequenceArrows } from '../../components/sequence-arrows';
import { TEST_IDS } from '../../test-ids';

/**
 * The flow as it ran: one lane for the browser (the app runs in it) and one per provider endpoint,
 * a request arrow and a response arrow per exchange, grouped by the action that made them. Each
 * step opens its raw HTTP. The model is src/domain/flow/flow-sequence.ts; this only draws it.
 */
export function SequenceDiagram({ run }: { run: FlowRun }) {
  const revealed = useRevealed();
  const { lanes, groups } = sequenceOf(run, { masked: !revealed });
  return (
    <Panel title="The flow, step by step" id="sequence" actions={<RevealSwitch />}>
      <div className="sequence-diagram" style={{ '--lanes': lanes.length } as CSSProperties}>
        <div className="lanes" aria-hidden="true">
          {lanes.map((lane) => <span key={lane}>{sequenceLaneText(lane)}</span>)}
        </div>
        {groups.map((group) => {
          const headingId = `sequence-group-${group.steps[0]?.number ?? 0}-${group.action}`;
          return (
            <div key={headingId} role="group" aria-labelledby={headingId} className="sequence-group" data-testid={TEST_IDS.sequenceGroup} data-action={group.action}>
              <h3 id={headingId}>{sequenceGroupText(group)}</h3>
              <ol className="sequence" start={group.steps[0]?.number}>
                {group.steps.map((step) => (
                  <li key={step.number} className={step.failed ? 'failed' : undefined} data-testid={TEST_IDS.sequenceStep} data-via={step.viaProxy ? 'local-proxy' : undefined}>
                    <Step step={step} lanes={lanes} revealed={revealed} />
                    {step.changes && <WireChangeList changes={step.changes} />}
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </div>
    </Panel>
  );
}

function Step({ step, lanes, revealed }: { step: SequenceStep; lanes: readonly LaneId[]; revealed: boolean }) {
  const { response } = step;
  return (
    <details>
      <summary>
        <SequenceArrows step={step} lanes={lanes} />
      </summary>
      <div className="raw-http">
        <h4>Request</h4>
        <pre>{step.requestText}</pre>
        {step.exchange && <CopyCurl exchange={step.exchange} revealed={revealed} step={step.number} />}
        <h4>Response</h4>
        {step.responseText !== undefined ? <pre>{step.responseText}</pre> : <p className="muted small">{sequenceResponseText(response)}.</p>}
      </div>
    </details>
  );
}
