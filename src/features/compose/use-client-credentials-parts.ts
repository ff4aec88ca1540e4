import { useEffect, useState } from 'react';
import type { ComposedRequest } from '../../domain/request/composed-request';

export type ClientCredentialsParts = typeof import('./token-request-preview');

/**
 * With client credentials on, the compose screen's parts for it: the token request preview and the
 * notes that say, at the field where it was typed, what the launch will not send. They load with the
 * switch, in one chunk (token-request-preview.tsx), not on the first route of `/` (npm run size).
 */
export function useClientCredentialsParts(request: Pick<ComposedRequest, 'protocols'>): ClientCredentialsParts | undefined {
  const on = request.protocols?.clientCredentials === true;
  const [parts, setParts] = useState<ClientCredentialsParts>();
  useEffect(() => {
    // Not loaded: the preview and notes are missing; the launch is not affected.
    if (on) import('./token-request-preview').then(setParts, () => undefined);
  }, [on]);
  return on ? parts : undefined;
}
