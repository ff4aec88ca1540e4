/** Step-through's heading for a held step: what is about to happen. */
export function heldStepTitle(kind: 'redirect' | 'call', method: string): string {
  return kind === 'redirect' ? 'Paused before a redirect: the browser is about to go to' : `Paused before a provider call: the app is about to send ${method}`;
}

export const STEP_THROUGH_LABEL = 'Step through: pause before each redirect and provider call';
