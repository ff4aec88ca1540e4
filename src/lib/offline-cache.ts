/**
 * Asks the app's service worker (worker/app-worker.js) to keep every file of the build, so that a
 * reload works with the network off. Called once the page is idle: the worker installs without
 * downloading anything, so a first visit never waits for files it does not need yet.
 */
export type OfflineCacheOutcome =
  | { readonly outcome: 'kept'; readonly files: number }
  | { readonly outcome: 'not-kept'; readonly reason: string };

const REPLY_TIMEOUT_MS = 60_000;

export async function keepAppForOffline(): Promise<OfflineCacheOutcome> {
  if (!import.meta.env.PROD) return { outcome: 'not-kept', reason: 'The dev server has no app worker; a build has (npm run build).' };
  if (!('serviceWorker' in navigator)) return { outcome: 'not-kept', reason: 'This browser has no service workers.' };
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return { outcome: 'not-kept', reason: 'The app worker is not active.' };
  const channel = new MessageChannel();
  const reply = new Promise<OfflineCacheOutcome>((resolve) => {
    const timer = window.setTimeout(() => resolve({ outcome: 'not-kept', reason: 'The app worker did not answer.' }), REPLY_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<{ type?: string; files?: number; message?: string }>) => {
      window.clearTimeout(timer);
      channel.port1.close();
      resolve(
        event.data.type === 'APP_WORKER_CACHE_FILLED'
          ? { outcome: 'kept', files: event.data.files ?? 0 }
          : { outcome: 'not-kept', reason: event.data.message ?? 'The app worker could not keep every file.' },
      );
    };
  });
  worker.postMessage({ type: 'APP_WORKER_FILL_CACHE' }, [channel.port2]);
  return reply;
}
