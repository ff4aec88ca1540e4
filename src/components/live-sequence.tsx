import type { CSSProperties } from 'react';
import { sequenceSoFar } from '../domain/flow/sequence-so-far';
import { LIVE_SEQUENCE_HEADING, sequenceLaneText } from '../domain/messages';
import { useRunSoFar } from '../state/run-so-far-store';
import type { HeldStep } from '../state/step-through-store';
import { TEST_IDS } from '../test-ids';
import { SequenceArrows } from './sequence-arrows';

/**
 * Step-through's sequence diagram of the sign-in so far: the steps already taken, the calls still
 * waiting for an answer, and the held one, marked. It fills in pause after pause; the raw HTTP of
 * each step is on the results screen's diagram once the run is done. Masked, as the pause is.
 */
export function LiveSequence({ held }: { held: HeldStep }) {
  const live = useRunSoFar();
  if (!live) return null;
  const { model, heldNumber } = sequenceSoFar(live.run, held, { masked: true });
  const steps = model.groups.flatMap((g) => g.steps);
  return (
    <div className="sequence-diagram live-sequence" style={{ '--lanes': model.lanes.length } as CSSProperties} data-testid={TEST_IDS.liveSequence}>
      <h3>{LIVE_SEQUENCE_HEADING}</h3>
      <div className="lanes" aria-hidden="true">
        {model.lanes.map((lane) => <span key={lane}>{sequenceLaneText(lane)}</span>)}
      </div>
      <ol className="sequence">
        {steps.map((step) => (
          <li key={step.number} className={step.failed ? 'failed' : undefined} data-testid={TEST_IDS.sequenceStep} aria-current={step.number === heldNumber ? 'step' : undefined}>
            <div className="sequence-row">
              <SequenceArrows step={step} lanes={model.lanes} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
