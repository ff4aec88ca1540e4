import { useSyncExternalStore } from 'react';
import type { RequestProblem } from '../domain/check-composed-request';
import { DEFAULT_REQUEST, reviveComposedRequest, type ComposedRequest } from '../domain/composed-request';

const STORAGE_KEY = 'oidc-playground.composed-request.v1';

/**
 * The composed request, kept in localStorage on every change so nothing typed is lost on a
 * reload, a failed flow or an error. It never holds a token, code, verifier or secret.
 */
let current: ComposedRequest = load();
const listeners = new Set<() => void>();

function load(): ComposedRequest {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return raw ? reviveComposedRequest(JSON.parse(raw)) : DEFAULT_REQUEST;
  } catch {
    return DEFAULT_REQUEST;
  }
}

export function getComposedRequest(): ComposedRequest {
  return current;
}

export function setComposedRequest(next: ComposedRequest | ((previous: ComposedRequest) => ComposedRequest)): void {
  current = typeof next === 'function' ? next(current) : next;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Storage full or disabled (private mode): the request still lives for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useComposedRequest(): [ComposedRequest, typeof setComposedRequest] {
  return [useSyncExternalStore(subscribe, getComposedRequest), setComposedRequest];
}

/** What every section of the compose screen gets: the request, a way to change it, and the problems to show. */
export interface SectionProps {
  readonly request: ComposedRequest;
  readonly update: typeof setComposedRequest;
  readonly problems: readonly RequestProblem[];
}
