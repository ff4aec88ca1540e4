import { Panel } from '../../components/panel';
import { CopyCurl } from './copy-curl';
import type { FlowRun } from '../../domain/flow-run';
import { sequenceOf, type Actor } from '../../domain/flow-sequence';
import { useRevealed } from '../../state/reveal-secrets';
import { RevealSwitch } from './reveal-switch';
import { TEST_IDS } from '../../test-ids';

const ACTORS: readonly Actor[] = ['browser', 'app', 'provider'];
const ACTOR_LABEL: Record<Actor, string> = { browser: 'Browser', app: 'Playground app', provider: 'Provider' };

/** The flow as it ran, drawn as a sequence of arrows; each step opens its raw HTTP. */
export function SequenceDiagram({ run }: { run: FlowRun }) {
  const revealed = useRevealed();
  const steps = sequenceOf(run, { masked: !revealed });
  return (
    <Panel
      title="The flow, step by step"
      id="sequence"
      actions={<RevealSwitch />}
    >
      <div className="lanes" aria-hidden="true">
        {ACTORS.map((actor) => <span key={actor}>{ACTOR_LABEL[actor]}</span>)}
      </div>
      <ol className="sequence">
        {steps.map((step, index) => {
          const from = ACTORS.indexOf(step.from);
          const to = ACTORS.indexOf(step.to);
          const left = Math.min(from, to);
          const span = Math.abs(to - from);
          return (
            <li key={index} className={step.failed ? 'failed' : undefined} data-testid={TEST_IDS.sequenceStep} data-via={step.viaProxy ? 'local-proxy' : undefined}>
              <details>
                <summary>
                  <span
                    className="arrow"
                    // From the centre of one lane to the centre of the other: half a lane in from each edge of the spanned area.
                    style={{ gridColumn: `${left + 1} / span ${span + 1}`, marginInline: `${50 / (span + 1)}%` }} data-direction={to > from ? 'right' : 'left'}>
                    {index + 1}. {step.label}
                    {step.viaProxy && <span className="via-proxy"> (via local proxy)</span>}
                    <span className="visually-hidden"> — from {ACTOR_LABEL[step.from]} to {ACTOR_LABEL[step.to]}</span>
                  </span>
                </summary>
                <div className="raw-http">
                  <h3>Request</h3>
                  <pre>{step.request}</pre>
                  {step.exchange && <CopyCurl exchange={step.exchange} revealed={revealed} step={index + 1} />}
                  {step.response !== undefined && (
                    <>
                      <h3>Response</h3>
                      <pre>{step.response}</pre>
                    </>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
