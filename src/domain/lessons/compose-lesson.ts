import type { ComposedRequest } from '../request/composed-request';
import { composeScenario } from '../scenarios/scenarios';
import type { LessonSetup } from './lesson';
import { DEFAULT_PROTOCOL_CHOICES } from '../protocols/protocol-choices';
import { DEFAULT_MOCK_PROTOCOL_SETTINGS } from '../protocols/mock-protocol-settings';

/**
 * The composed request a lesson step runs: prepared the way a scenario is, over the defaults,
 * keeping the person's deterministic-mode settings (clock, seed).
 */
export function composeLesson(setup: LessonSetup, keep: Pick<ComposedRequest['mock'], 'clock' | 'seed'> = { clock: '', seed: '' }): ComposedRequest {
  const request = composeScenario(setup, keep);
  if (!setup.protocols && !setup.mockProtocols) return request;
  // A protocol lesson turns on its switches and the mock's settings over the defaults (all off).
  return {
    ...request,
    protocols: { ...DEFAULT_PROTOCOL_CHOICES, ...setup.protocols },
    mock: { ...request.mock, protocols: { ...DEFAULT_MOCK_PROTOCOL_SETTINGS, ...setup.mockProtocols } },
  };
}
