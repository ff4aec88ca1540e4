import type { ComposedRequest } from '../request/composed-request';
import { composeScenario } from '../scenarios/scenarios';
import type { LessonSetup } from './lesson';

/**
 * The composed request a lesson step runs: prepared the way a scenario is, over the defaults,
 * keeping the person's deterministic-mode settings (clock, seed).
 */
export function composeLesson(setup: LessonSetup, keep: Pick<ComposedRequest['mock'], 'clock' | 'seed'> = { clock: '', seed: '' }): ComposedRequest {
  return composeScenario(setup, keep);
}
