import type { RequestField } from '../../domain/check-composed-request';

/** Where each checked field is on the compose screen: the panel that holds it and the element to focus. */
export const FIELD_LOCATIONS: Readonly<Record<RequestField, { readonly panel: string; readonly element: string }>> = {
  issuer: { panel: 'provider', element: 'field-issuer' },
  clientId: { panel: 'provider', element: 'field-client-id' },
  scopes: { panel: 'scopes', element: 'field-scope-openid' },
  claims: { panel: 'claims', element: 'field-claims' },
  prompt: { panel: 'extra', element: 'field-prompt' },
  maxAge: { panel: 'extra', element: 'field-maxAge' },
  customParams: { panel: 'extra', element: 'field-custom-params' },
  mockUser: { panel: 'mock-settings', element: 'field-mock-user' },
  mockPolicy: { panel: 'mock-settings', element: 'field-mock-policy' },
  mockClock: { panel: 'mock-settings', element: 'field-mock-clock' },
};
