import { lazy, Suspense } from 'react';
import { usePreferences } from '../state/preferences';
import { useHeldStep } from '../state/step-through-store';

// One lazy component each, shared by the playground's layout and the mock provider's frame: once
// either has loaded one, the other renders it at once, without a fallback frame.

// Step-through's pause shows only while a step is held: its code (and the masking it shows the request
// with) is not part of the first paint nor of a sign-in that does not step (issue 29).
const StepGate = lazy(async () => ({ default: (await import('./step-gate')).StepGate }));

/** Step-through's pause, loaded with the first held step. */
export function HeldStepGate() {
  return useHeldStep() ? (
    <Suspense fallback={null}>
      <StepGate />
    </Suspense>
  ) : null;
}

// Presenter mode's live caption loads only in presenter mode: a sign-in outside it does not need it.
const LiveNarration = lazy(async () => ({ default: (await import('./live-narration')).LiveNarration }));

/** Presenter mode's live caption, loaded in presenter mode only. */
export function PresenterNarration({ where }: { where: 'app' | 'provider' }) {
  const { presenter } = usePreferences();
  return presenter ? (
    <Suspense fallback={null}>
      <LiveNarration where={where} />
    </Suspense>
  ) : null;
}
