import { workerNotInControlText } from '../src/domain/messages';

/**
 * MSW's worker.start() reloads the page whenever the page has no controller but a registration of
 * its worker exists (msw 2.x src/browser/utils/get-worker-instance.ts), meant for a page that loaded
 * past the worker. Tabs started together meet it by chance: a tab looks, finds no registration,
 * another tab registers, and MSW then finds one and reloads this tab. The reload lands on the address
 * the compose screen already tidied, so an autostart link lost its launch and the tab sat on the
 * compose screen with nothing to say (measured: 1 tab-run of 24 in CI).
 *
 * So MSW never decides: before it starts, the page registers the worker itself (the browser returns
 * the one registration, however many tabs ask) and waits until the worker controls it. MSW's worker
 * skips waiting and claims every page of its scope when it activates; an active worker that never
 * claimed this page (a Shift+Reload bypasses the worker) is asked to claim it now (the app's worker
 * answers `APP_WORKER_CLAIM`, worker/app-worker.js). A page that still has no controller after the
 * timeout gets an error that says so, never a silent reload.
 */
export const TAKE_CONTROL_TIMEOUT_MS = 15_000;

/** The worker did not take the page over in time: the launch says so and offers a fresh start. */
export class WorkerNotInControlError extends Error {
  constructor(seconds: number) {
    super(workerNotInControlText(seconds));
  }
}

export async function untilWorkerControlsPage(
  place: { readonly url: string; readonly scope: string },
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
  timeoutMs = TAKE_CONTROL_TIMEOUT_MS,
): Promise<void> {
  if (!container || container.controller) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onChange: (() => void) | undefined;
  const controlled = new Promise<void>((resolve) => {
    onChange = resolve;
    container.addEventListener('controllerchange', onChange);
  });
  try {
    const registration = await container.register(place.url, { scope: place.scope });
    if (container.controller) return;
    if (registration.active?.state === 'activated') registration.active.postMessage({ type: 'APP_WORKER_CLAIM' });
    await Promise.race([controlled, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  } finally {
    clearTimeout(timer);
    if (onChange) container.removeEventListener('controllerchange', onChange);
  }
  if (!container.controller) throw new WorkerNotInControlError(Math.round(timeoutMs / 1000));
}
