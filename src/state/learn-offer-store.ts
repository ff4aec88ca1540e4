import { createExternalStore, readStored } from './external-store';

// Apart from the Learn path's progress (learn-store.ts): the compose screen's first paint reads only
// this (issue 29: the first route of `/` carries only what its first paint uses).
const OFFER_KEY = 'oidc-playground.learn-offer-dismissed';

/** Whether the one-line offer of the path on `/` was dismissed: asked once, never again. */
const offerDismissed = createExternalStore<boolean>(
  readStored(() => window.localStorage.getItem(OFFER_KEY) === '1', false),
  (next) => window.localStorage.setItem(OFFER_KEY, next ? '1' : '0'),
);

export const useOfferDismissed: () => boolean = offerDismissed.use;

export function dismissOffer(): void {
  offerDismissed.set(true);
}
