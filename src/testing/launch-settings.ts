import { runSettingsOf, type RunSettings } from '../domain/flow/run-settings';
import type { ComposedRequest } from '../domain/request/composed-request';

/** The settings a launch of this request would carry; a test fixture with texts that do not parse is a broken fixture. */
export function launchSettings(request: ComposedRequest): RunSettings {
  const read = runSettingsOf(request);
  if (read.outcome === 'refused') throw new Error(`Fixture request does not launch: ${read.problems.join('; ')}`);
  return read.settings;
}
