/** Which web storage a write went to: the browser's (every tab of the playground) or this tab's. */
export type WebStorageName = 'local' | 'session';

/** Why a write failed: the storage is full (its quota), or the browser refuses writes (private mode, a site setting). */
export type StorageFault = 'full' | 'refused';

/**
 * A failed write, from the name of the exception the browser threw. The Web Storage standard
 * throws a QuotaExceededError DOMException when the quota would be exceeded
 * (https://html.spec.whatwg.org/multipage/webstorage.html#dom-storage-setitem); Firefox named it
 * NS_ERROR_DOM_QUOTA_REACHED. A refused store throws something else (SecurityError, say).
 */
export function storageFaultOf(errorName: string): StorageFault {
  return errorName === 'QuotaExceededError' || errorName === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'refused';
}
