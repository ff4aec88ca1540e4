import type { FlowError } from './flow-run';

export type EndpointKind = 'discovery' | 'userinfo' | 'token' | 'jwks' | 'introspection' | 'other';

/**
 * Which provider endpoint a recorded URL is, from its path alone: a failure can happen before the
 * discovery document is known, so the names providers commonly use are the evidence.
 */
export function endpointKind(url: string): EndpointKind {
  const path = new URL(url).pathname;
  if (path.endsWith('/.well-known/openid-configuration')) return 'discovery';
  if (/userinfo/i.test(path)) return 'userinfo';
  if (/token$/i.test(path)) return 'token';
  if (/jwks|certs|keys/i.test(path)) return 'jwks';
  if (/introspect/i.test(path)) return 'introspection';
  return 'other';
}

/** The step of the flow a failed call to this endpoint belongs to. */
export function failureStageOf(kind: EndpointKind): FlowError['stage'] {
  return FAILURE_STAGE[kind];
}

const FAILURE_STAGE: Readonly<Record<EndpointKind, FlowError['stage']>> = {
  discovery: 'discovery',
  userinfo: 'userinfo',
  token: 'token',
  jwks: 'verification',
  introspection: 'callback',
  other: 'callback',
};
