import { lazy, Suspense, useEffect, useRef } from 'react';
import { maskBody, maskHeader, maskUrl } from '../domain/flow/mask-secrets';
import { heldStepTitle } from '../domain/messages';
import { continueStep, runToEnd, useHeldStep } from '../state/step-through-store';
import { TEST_IDS } from '../test-ids';

// The diagram of the run so far loads with the first pause, not with the first screen.
const LiveSequence = lazy(async () => ({ default: (await import('./live-sequence')).LiveSequence }));

/**
 * Step-through's pause: the request about to leave (method, URL, parameters, headers, body,
 * masked as everywhere), and Continue, focused so Enter or Space goes on.
 */
export function StepGate() {
  const held = useHeldStep();
  const continueButton = useRef<HTMLButtonElement>(null);
  const key = held ? `${held.step.method} ${held.step.url}` : undefined;
  useEffect(() => {
    if (key) continueButton.current?.focus();
  }, [key]);
  if (!held) return null;
  const { step } = held;
  const url = new URL(step.url);
  const headers = Object.entries(step.headers);
  return (
    <section className="step-gate" aria-label="Step-through pause" data-testid={TEST_IDS.stepGate} data-kind={step.kind}>
      <h2>{heldStepTitle(step.kind, step.method)}</h2>
      <pre className="authorize-url" tabIndex={0}>{maskUrl(`${url.origin}${url.pathname}`)}</pre>
      {[...url.searchParams].length > 0 && (
        <dl className="step-params">
          {[...new URLSearchParams(new URL(maskUrl(step.url)).search)].map(([name, value]) => (
            <div key={name}><dt>{name}</dt><dd>{value}</dd></div>
          ))}
        </dl>
      )}
      {headers.length > 0 && (
        <dl className="step-params">
          {headers.map(([name, value]) => <div key={name}><dt>{name}</dt><dd>{maskHeader(name, value)}</dd></div>)}
        </dl>
      )}
      {step.body && <pre className="step-body">{maskBody(step.body, { masked: true })}</pre>}
      <div className="row wrap">
        <button ref={continueButton} type="button" className="primary" onClick={continueStep}>Continue</button>
        <button type="button" onClick={runToEnd}>Run to the end</button>
        {held.waiting > 1 && <span className="muted small">{held.waiting - 1} more waiting</span>}
      </div>
      <Suspense fallback={null}>
        <LiveSequence held={step} />
      </Suspense>
    </section>
  );
}
