/**
 * MSW's worker.start() reloads the page when the page has no controller but a registration of the
 * worker exists (msw src/browser/utils/get-worker-instance.ts), meant for a page that loaded past
 * the worker. A page opened while the worker is still installing (the app worker precaches the
 * build first, which takes seconds on a slow network or a busy machine) matches too, and reloads,
 * again and again until the worker activates: a second tab opened during a first visit loses what
 * is typed or clicked in it. Such a page is taken over when the worker activates (MSW's activate
 * handler claims every page of its scope), so it waits for that instead. MSW's reload stays the
 * fallback when nothing takes the page over in time.
 */
export const TAKE_CONTROL_TIMEOUT_MS = 10_000;

export async function untilWorkerControlsPage(
  scope: string,
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
  timeoutMs = TAKE_CONTROL_TIMEOUT_MS,
): Promise<void> {
  if (!container || container.controller) return;
  const registration = await container.getRegistration(scope);
  // A first visit (MSW registers the worker) or a settled worker (MSW's reload is right): no wait.
  if (!registration || registration.active?.state === 'activated') return;
  if (!registration.installing && !registration.waiting && !registration.active) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    container.addEventListener('controllerchange', done);
  });
}
