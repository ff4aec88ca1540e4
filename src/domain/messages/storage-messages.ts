import type { StorageFault, WebStorageName } from '../text/storage-fault';

/** What the playground was saving when the write failed: each says what became of the person's work. */
export type StorageWrite = 'launch' | 'mock-provider' | 'history-entry' | 'autologin';

const STORAGE: Record<WebStorageName, string> = {
  local: 'This browser’s local storage for the playground',
  session: 'This tab’s session storage',
};

const FAULT: Record<StorageFault, string> = {
  full: 'is full',
  refused: 'refuses to save anything (private browsing or a site setting can do this)',
};

const WHAT_FAILED: Record<StorageWrite, string> = {
  launch: 'so the sign-in could not start: it keeps its state, nonce and PKCE verifier there until the callback.',
  'mock-provider': 'so the mock provider could not save its codes and tokens for this sign-in.',
  'history-entry': 'so History could not be saved: its newest entries are kept for this page only and are gone after a reload.',
  autologin: 'so the link’s autologin=1 could not be kept for this tab.',
};

const KEPT: Record<StorageWrite, string> = {
  launch: 'Your composed request is unchanged on this screen.',
  'mock-provider': 'Your composed request and History are unchanged.',
  'history-entry': 'The request itself is unchanged on the compose screen.',
  autologin: 'Your composed request is unchanged on this screen.',
};

const FREEING: Record<WebStorageName, Record<StorageFault, string>> = {
  local: {
    full: '“Clear the mock provider’s data” frees the space its codes, tokens and grants take, and “Trim History” the space older History entries take; then try again.',
    refused: 'Allow this site to store data (or leave private browsing) and try again.',
  },
  session: {
    full: 'Close other sign-ins left open in this tab’s history (or open the playground in a new tab) and try again.',
    refused: 'Allow this site to store data (or leave private browsing) and try again.',
  },
};

/** A write to web storage failed: which storage, why, what the playground kept, and what frees it. */
export function storageFailureText(storage: WebStorageName, fault: StorageFault, write: StorageWrite): string {
  return `${STORAGE[storage]} ${FAULT[fault]}, ${WHAT_FAILED[write]} ${KEPT[write]} ${FREEING[storage][fault]}`;
}

/** The button that frees the mock provider's share of local storage. */
export const CLEAR_MOCK_PROVIDER_DATA = 'Clear the mock provider’s data';

/** The button that frees History's share of local storage (composition-history.ts, trimHistory). */
export const TRIM_HISTORY = 'Trim History';

/** After History was trimmed: what went, what stayed. */
export function historyTrimmedText(removed: number, kept: number): string {
  if (removed === 0) return `History has only its newest ${kept === 1 ? 'entry' : `${kept} entries`}: there was nothing older to trim.`;
  return `Trimmed History: ${removed} older ${removed === 1 ? 'entry' : 'entries'} removed, the newest ${kept === 1 ? 'entry' : `${kept} entries`} kept.`;
}

/** After the mock provider's data was cleared: what went with it. */
export function mockDataClearedText(keys: number): string {
  return `Cleared the mock provider’s data (${keys} ${keys === 1 ? 'record' : 'records'}): its sessions, codes and tokens are gone, so earlier runs cannot refresh; sign in again.`;
}

/**
 * The mock's OAuth server_error when its storage fails. RFC 6749 §5.2 allows an error_description
 * for the developer, in printable ASCII without quotes or backslashes (so no curly quotes here);
 * a stack trace is not one. https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
export const MOCK_STORAGE_SERVER_ERROR =
  "The mock provider could not save to this browser's local storage (full, or refusing writes). Clear the mock provider's data on the compose screen to free it, then sign in again.";

/** Any other failure inside the mock provider, said without its internals (ASCII, as above). */
export const MOCK_INTERNAL_SERVER_ERROR = 'The mock provider failed while answering this request. Reload the page and try again.';
