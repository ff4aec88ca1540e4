import { describeScenario, type ScenarioSetting } from '../scenarios/describe-scenario';
import type { LessonSetup } from './lesson';

/** The protocol switches as a person would name them on the wire (src/domain/protocols). */
const PROTOCOL_NAMES = {
  par: 'PAR (RFC 9126)',
  dpop: 'DPoP (RFC 9449)',
  fragment: 'response_mode=fragment',
  clientCredentials: 'grant_type=client_credentials',
} as const;

const REQUEST_OBJECT_NAMES = { value: 'request object by value (RFC 9101)', reference: 'request object pushed, by reference (RFC 9101, RFC 9126)' } as const;

const MOCK_PROTOCOL_NAMES = { requirePar: 'require_pushed_authorization_requests', jwtAccessTokens: 'JWT access tokens (RFC 9068)' } as const;

/**
 * What a lesson step sets, request and mock alike, in the scenario cards' words: a lesson is a
 * scenario with predictions, so it reads the same. The protocol switches and the mock's protocol
 * settings are listed too: they are what an advanced lesson's "change one thing" changes.
 */
export function describeLessonSetup(setup: LessonSetup): ScenarioSetting[] {
  const settings = describeScenario({ ...setup, id: '', title: '', teaches: '', expect: '', expected: {} });
  if (setup.maxAge !== undefined) settings.splice(1, 0, { name: 'max_age', value: setup.maxAge });
  if (setup.user !== undefined) settings.push({ name: 'user', value: `attributes ${Object.keys(setup.user).filter((k) => k !== 'uuid').join(' ') || 'none but uuid'}` });
  const protocols = [
    ...(setup.requestObject ? [REQUEST_OBJECT_NAMES[setup.requestObject]] : []),
    ...(Object.keys(PROTOCOL_NAMES) as (keyof typeof PROTOCOL_NAMES)[]).filter((name) => setup.protocols?.[name] === true).map((name) => PROTOCOL_NAMES[name]),
  ];
  if (protocols.length > 0) settings.push({ name: 'protocols', value: protocols.join(', ') });
  const mock = (Object.keys(MOCK_PROTOCOL_NAMES) as (keyof typeof MOCK_PROTOCOL_NAMES)[]).filter((name) => setup.mockProtocols?.[name] === true).map((name) => MOCK_PROTOCOL_NAMES[name]);
  if (mock.length > 0) settings.push({ name: 'mock settings', value: mock.join(', ') });
  return settings;
}
