import type { RequestProblem } from '../domain/request/check-composed-request';
import { DEFAULT_REQUEST, reviveComposedRequest, type ComposedRequest } from '../domain/request/composed-request';
import { createExternalStore, readStored } from './external-store';

const STORAGE_KEY = 'oidc-playground.composed-request.v1';

/**
 * The composed request, kept in localStorage on every change so nothing typed is lost on a
 * reload, a failed flow or an error. It never holds a token, code, verifier or secret.
 */
const composed = createExternalStore<ComposedRequest>(
  readStored(() => {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return raw ? reviveComposedRequest(JSON.parse(raw)) : DEFAULT_REQUEST;
  }, DEFAULT_REQUEST),
  (next) => window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next)),
);

export const getComposedRequest: () => ComposedRequest = composed.get;

export function setComposedRequest(next: ComposedRequest | ((previous: ComposedRequest) => ComposedRequest)): void {
  composed.set(typeof next === 'function' ? next(composed.get()) : next);
}

export function useComposedRequest(): [ComposedRequest, typeof setComposedRequest] {
  return [composed.use(), setComposedRequest];
}

/** What every section of the compose screen gets: the request, a way to change it, and the problems to show. */
export interface SectionProps {
  readonly request: ComposedRequest;
  readonly update: typeof setComposedRequest;
  readonly problems: readonly RequestProblem[];
}
