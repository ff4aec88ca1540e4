import { describeScenario, type ScenarioSetting } from '../scenarios/describe-scenario';
import type { LessonSetup } from './lesson';

/**
 * What a lesson step sets, request and mock alike, in the scenario cards' words: a lesson is a
 * scenario with predictions, so it reads the same.
 */
export function describeLessonSetup(setup: LessonSetup): ScenarioSetting[] {
  const settings = describeScenario({ ...setup, id: '', title: '', teaches: '', expect: '', expected: {} });
  if (setup.maxAge !== undefined) settings.splice(1, 0, { name: 'max_age', value: setup.maxAge });
  if (setup.user !== undefined) settings.push({ name: 'user', value: `attributes ${Object.keys(setup.user).filter((k) => k !== 'uuid').join(' ') || 'none but uuid'}` });
  return settings;
}
