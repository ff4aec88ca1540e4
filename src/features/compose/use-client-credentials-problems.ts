import { useEffect, useState } from 'react';
import type { RequestProblem } from '../../domain/request/check-composed-request';
import type { ComposedRequest } from '../../domain/request/composed-request';

type Notes = typeof import('./client-credentials-problems');
let notes: Notes | undefined;

/**
 * With client credentials on, what the launch will not send is said at the field where it was typed
 * (the claims request, user scopes, authorize parameters). Its rules and sentences load with the
 * switch, not on the first route of `/` (npm run size).
 */
export function useClientCredentialsProblems(request: ComposedRequest): readonly RequestProblem[] {
  const on = request.protocols?.clientCredentials === true;
  const [, arrived] = useState(0);
  useEffect(() => {
    if (!on || notes) return;
    void import('./client-credentials-problems').then(
      (loaded) => {
        notes = loaded;
        arrived((n) => n + 1);
      },
      // Not loaded: the notes are missing, the launch is not affected.
      () => undefined,
    );
  }, [on]);
  return on && notes ? notes.clientCredentialsProblems(request) : [];
}
