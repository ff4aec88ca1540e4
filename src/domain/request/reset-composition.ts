import { DEFAULT_MOCK_SETTINGS, DEFAULT_REQUEST, type ComposedRequest } from './composed-request';

/** "Reset to defaults" for each part a person composes. The provider and the other parts stay. */
export type ResettablePart = 'request' | 'user' | 'policy';

export const RESET_LABELS: Readonly<Record<ResettablePart, string>> = {
  request: 'the default request',
  user: 'the default user profile',
  policy: 'the default login policy',
};

export function resetPart(request: ComposedRequest, part: ResettablePart): ComposedRequest {
  switch (part) {
    case 'request': {
      // Scopes, claims and parameters go back; the provider (issuer, client ID) and the mock's settings stay.
      const { issuer, clientId, mock } = request;
      return { ...DEFAULT_REQUEST, issuer, clientId, mock };
    }
    case 'user':
      return { ...request, mock: { ...request.mock, userText: DEFAULT_MOCK_SETTINGS.userText } };
    case 'policy':
      return { ...request, mock: { ...request.mock, loginPolicyText: DEFAULT_MOCK_SETTINGS.loginPolicyText } };
  }
}
