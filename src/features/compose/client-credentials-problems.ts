import { clientCredentialsNoteText } from '../../domain/messages/client-credentials-messages';
import type { RequestProblem } from '../../domain/request/check-composed-request';
import { clientCredentialsNotes } from '../../domain/request/client-credentials-notes';
import type { ComposedRequest } from '../../domain/request/composed-request';

/** The notes of a client credentials request as warnings at their fields (the switches' note is shown beside the switches). */
export function clientCredentialsProblems(request: ComposedRequest): RequestProblem[] {
  return clientCredentialsNotes(request).flatMap((note) => (note.field === 'protocols' ? [] : [{ field: note.field, severity: 'warning' as const, message: clientCredentialsNoteText(note) }]));
}
