import { laneOf, navigationStep, pathOf, stepOf, type SequenceModel, type LaneId, type UnnumberedStep } from './flow-sequence';
import { maskUrl } from './mask-secrets';
import { isReturnToApp, type HeldRequest, type RunSoFar } from './run-so-far';

/** The diagram of a run in progress, and which of its steps step-through holds (its number). */
export interface SequenceSoFar {
  readonly model: SequenceModel;
  readonly heldNumber: number | undefined;
}

/**
 * The sequence diagram of a sign-in as far as it has gone: the same lanes and arrows as the
 * finished run's (sequenceOf), with the calls still waiting for their answer and the request
 * step-through holds drawn as such. The authorize step is the browser's page load of the
 * authorization endpoint; its answer is the redirect back to the app (RFC 6749 §4.1.2,
 * https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2).
 */
export function sequenceSoFar(run: RunSoFar, held: HeldRequest | undefined, { masked }: { masked: boolean }): SequenceSoFar {
  const lane = (url: string) => laneOf(url, run.discovery);
  const steps: UnnumberedStep[] = [];
  let authorize: number | undefined;
  let heldIndex: number | undefined;
  for (const event of run.events) {
    if (event.kind === 'call') {
      steps.push(event.answered ? stepOf(event.exchange, lane(event.exchange.url), masked) : pending(stepOf(event.exchange, lane(event.exchange.url), masked), 'waiting'));
    } else if (event.kind === 'redirect') {
      if (authorize !== undefined && isReturnToApp(run, event.url)) steps[authorize] = returned(steps[authorize]!, event.url, masked);
      else {
        authorize = steps.length;
        steps.push(pending(navigationStep(event.url, lane(event.url), masked), 'waiting'));
      }
    }
  }
  if (held) {
    if (held.kind === 'redirect' && authorize !== undefined && isReturnToApp(run, held.url)) {
      // The provider has answered with the redirect; the browser has not followed it yet.
      steps[authorize] = returned(steps[authorize]!, held.url, masked);
      heldIndex = authorize;
    } else {
      heldIndex = steps.length;
      const request = held.kind === 'redirect' ? navigationStep(held.url, lane(held.url), masked) : call(held, lane(held.url), masked);
      steps.push(pending(request, 'held'));
    }
  }
  const numbered = steps.map((step, i) => ({ ...step, number: i + 1 }));
  const lanes: LaneId[] = ['client'];
  for (const step of numbered) if (!lanes.includes(step.request.to)) lanes.push(step.request.to);
  return {
    model: { lanes, groups: numbered.length > 0 ? [{ action: 'sign-in', occurrence: 1, steps: numbered }] : [] },
    heldNumber: heldIndex === undefined ? undefined : heldIndex + 1,
  };
}

function pending(step: UnnumberedStep, outcome: 'waiting' | 'held'): UnnumberedStep {
  return { ...step, response: { outcome, from: step.request.to, to: 'client', failed: false }, responseText: undefined, failed: false };
}

function call(held: HeldRequest, lane: LaneId, masked: boolean): UnnumberedStep {
  return {
    request: { from: 'client', to: lane, method: held.method, path: pathOf(held.url), navigation: false },
    response: { outcome: 'held', from: lane, to: 'client', failed: false },
    requestText: `${held.method} ${masked ? maskUrl(held.url) : held.url}`,
    responseText: undefined,
    failed: false,
  };
}

/** The authorization response: a redirect back to the app with the code, or with an error. */
function returned(step: UnnumberedStep, callbackUrl: string, masked: boolean): UnnumberedStep {
  const error = new URL(callbackUrl).searchParams.get('error') ?? undefined;
  return {
    ...step,
    response: { outcome: 'redirect', from: step.request.to, to: 'client', status: 302, error, failed: error !== undefined },
    responseText: `302 Found\nLocation: ${masked ? maskUrl(callbackUrl) : callbackUrl}`,
    failed: error !== undefined,
  };
}
