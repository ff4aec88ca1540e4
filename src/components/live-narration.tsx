import { narrateRunSoFar } from '../domain/explain/narrate-run-so-far';
import { liveNarrationProgressText, narrationText } from '../domain/messages';
import { usePreferences } from '../state/preferences';
import { useRunSoFar, type RunPhase } from '../state/run-so-far-store';
import { useHeldStep } from '../state/step-through-store';
import { TEST_IDS } from '../test-ids';

/** Which phases of a sign-in each place shows: the app's screens before and after the provider, the mock's pages while there. */
const SHOWN_IN: Record<'app' | 'provider', readonly RunPhase[]> = {
  app: ['launch', 'return'],
  provider: ['provider', 'return'],
};

/**
 * Presenter mode's caption while a sign-in runs: the step happening now (or held by step-through),
 * in plain words with this run's values (narrateRunSoFar), announced as it changes. The results
 * screen's caption bar takes over once the run is done.
 */
export function LiveNarration({ where }: { where: 'app' | 'provider' }) {
  const { presenter } = usePreferences();
  const live = useRunSoFar();
  const held = useHeldStep();
  if (!presenter || !live || !SHOWN_IN[where].includes(live.phase)) return null;
  const steps = narrateRunSoFar(live.run, held?.step);
  const current = steps.at(-1);
  if (!current) return null;
  return (
    <section className={`narration live-narration ${where}`} aria-label="Narration" data-testid={TEST_IDS.liveNarration} data-step={current.code}>
      <p className="caption" aria-live="polite">{narrationText(current)}</p>
      <p className="muted small">{liveNarrationProgressText(steps.length)}</p>
    </section>
  );
}
