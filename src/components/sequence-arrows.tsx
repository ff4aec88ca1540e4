import type { CSSProperties } from 'react';
import type { LaneId, SequenceStep } from '../domain/flow/flow-sequence';
import { sequenceLaneText, sequenceResponseText } from '../domain/messages';

/**
 * One step of a sequence diagram: the request arrow from the browser to the endpoint's lane and
 * the response arrow back (styles.css places them from lane centre to lane centre). Shared by the
 * finished run's diagram and the one step-through fills in as the run goes.
 */
export function SequenceArrows({ step, lanes }: { step: Pick<SequenceStep, 'number' | 'request' | 'response' | 'viaProxy'>; lanes: readonly LaneId[] }) {
  const { request, response } = step;
  const span = { '--to': lanes.indexOf(request.to) + 1 } as CSSProperties;
  const endpoint = sequenceLaneText(request.to);
  const browser = sequenceLaneText('client');
  return (
    <>
      <span className="arrow request" style={span} data-direction="right">
        <span className="arrow-label">
          {step.number}. {request.method} {request.path}
          {request.navigation && <span className="muted"> (page load)</span>}
          {step.viaProxy && <span className="via-proxy"> (via local proxy)</span>}
        </span>
        <span className="arrow-route"> {browser} → {endpoint}</span>
      </span>
      <span className={`arrow response${response.failed ? ' failed' : ''}`} style={span} data-direction="left" data-outcome={response.outcome}>
        <span className="arrow-label">{sequenceResponseText(response)}</span>
        <span className="arrow-route"> {endpoint} → {browser}</span>
      </span>
    </>
  );
}
