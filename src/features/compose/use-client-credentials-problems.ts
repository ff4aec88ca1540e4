import { useEffect, useState } from 'react';
import type { RequestProblem } from '../../domain/request/check-composed-request';
import type { ComposedRequest } from '../../domain/request/composed-request';

/**
 * With client credentials on, what the launch will not send is said at the field where it was typed
 * (the claims request, user scopes, authorize parameters). Its rules and sentences load with the
 * switch, in the preview's chunk (token-request-preview.tsx), not on the first route of `/` (npm run size).
 */
export function useClientCredentialsProblems(request: ComposedRequest): readonly RequestProblem[] {
  const on = request.protocols?.clientCredentials === true;
  const [notes, setNotes] = useState<typeof import('./token-request-preview')>();
  useEffect(() => {
    // Not loaded: the notes are missing; the launch is not affected.
    if (on) import('./token-request-preview').then(setNotes, () => undefined);
  }, [on]);
  return on && notes ? notes.clientCredentialsProblems(request) : [];
}
