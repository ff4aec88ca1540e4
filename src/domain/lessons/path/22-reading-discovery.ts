import type { Lesson } from '../lesson';
import { SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '22-reading-discovery',
  track: 'failures',
  title: 'Reading a provider’s discovery document',
  goal: 'Say what scopes_supported and claims_supported promise, and what they do not.',
  concept: [
    'Every OpenID provider publishes /.well-known/openid-configuration (OIDC Discovery §3): its endpoints, and lists such as scopes_supported, claims_supported, prompt_values_supported and claims_parameter_supported. The compose screen checks a request against them before launch.',
    'These lists say what the provider knows, not what this client will be granted: a scope in scopes_supported can still be dropped by the client’s policy. Predict what the mock’s document lists while its policy allows only openid and email.',
  ],
  links: [SPEC.discoveryMetadata, SPEC.oauthScope],
  scenarios: ['policy-allows-neither'],
  first: {
    setup: { scope: 'openid address', allowedScopes: ['openid', 'email'] },
    predictions: [
      { kind: 'discovery', member: 'scopes_supported', value: 'address' },
      { kind: 'scope', scope: 'address' },
      { kind: 'discovery', member: 'prompt_values_supported', value: 'none' },
    ],
  },
  followUp: {
    change: 'Switch the behaviour profile to Next Identity, whose login policy defines the custom scope ad:user_custom:read.',
    setup: { scope: 'openid', allowedScopes: ['openid', 'email'], behaviour: 'next-identity' },
    predictions: [
      { kind: 'discovery', member: 'scopes_supported', value: 'ad:user_custom:read' },
      { kind: 'discovery', member: 'claims_supported', value: 'company_name' },
    ],
  },
};
