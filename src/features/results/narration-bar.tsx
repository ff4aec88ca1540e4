import { useEffect, useState } from 'react';
import { narrateRun } from '../../domain/explain/narrate-run';
import type { FlowRun } from '../../domain/flow/flow-run';
import { narrationText } from '../../domain/messages';
import { TEST_IDS } from '../../test-ids';

/** Keys that move the caption, unless the person is typing somewhere. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Presenter mode's caption bar: the run told step by step in plain words with its own values
 * (narrateRun), moved on with the buttons or the arrow keys. Each new caption is announced.
 */
export function NarrationBar({ run }: { run: FlowRun }) {
  const steps = narrateRun(run);
  const [index, setIndex] = useState(0);
  const last = steps.length - 1;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowRight') setIndex((i) => Math.min(i + 1, last));
      if (event.key === 'ArrowLeft') setIndex((i) => Math.max(i - 1, 0));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last]);
  const step = steps[Math.min(index, last)];
  if (!step) return null;
  return (
    <section className="narration" aria-label="Narration" data-testid={TEST_IDS.narration} data-step={step.code}>
      <p className="caption" aria-live="polite">{narrationText(step)}</p>
      <div className="row narration-controls">
        <span className="muted">Step {index + 1} of {steps.length} · ← →</span>
        <button type="button" onClick={() => setIndex((i) => Math.max(i - 1, 0))} disabled={index === 0}>Previous step</button>
        <button type="button" className="primary" onClick={() => setIndex((i) => Math.min(i + 1, last))} disabled={index === last}>Next step</button>
      </div>
    </section>
  );
}
