import type { RequestProblem } from '../../domain/check-composed-request';
import type { ComposedRequest } from '../../domain/composed-request';
import type { setComposedRequest } from '../../lib/composed-request-store';

/** What every compose section gets: the request, a way to change it, and the problems to show. */
export interface SectionProps {
  readonly request: ComposedRequest;
  readonly update: typeof setComposedRequest;
  readonly problems: readonly RequestProblem[];
}
