import { OPTIONAL_AUTHORIZE_FIELDS, type OptionalAuthorizeField } from '../../domain/request/authorize-parameters';
import type { RequestField } from '../../domain/request/check-composed-request';

/** Where each checked field is on the compose screen: the panel that holds it and the element to focus. */
interface FieldLocation {
  readonly panel: string;
  readonly element: string;
}

export const FIELD_LOCATIONS: Readonly<Record<RequestField, FieldLocation>> = {
  issuer: { panel: 'provider', element: 'field-issuer' },
  clientId: { panel: 'provider', element: 'field-client-id' },
  scopes: { panel: 'scopes', element: 'field-scope-openid' },
  claims: { panel: 'claims', element: 'field-claims' },
  // Each optional authorize field is an input `field-<name>` in the extra-parameters panel.
  ...(Object.fromEntries(OPTIONAL_AUTHORIZE_FIELDS.map(({ field }) => [field, { panel: 'extra', element: `field-${field}` }])) as Record<OptionalAuthorizeField['field'], FieldLocation>),
  customParams: { panel: 'extra', element: 'field-custom-params' },
  mockUser: { panel: 'mock-settings', element: 'field-mock-user' },
  mockPolicy: { panel: 'mock-settings', element: 'field-mock-policy' },
  mockClock: { panel: 'mock-settings', element: 'field-mock-clock' },
};
