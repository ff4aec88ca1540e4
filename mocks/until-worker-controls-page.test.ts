import { describe, expect, it, vi } from 'vitest';
import { WorkerNotInControlError, untilWorkerControlsPage } from './until-worker-controls-page';

const PLACE = { url: '/app/app-worker.js', scope: '/app/' };

/** A service worker container whose one registration has this active worker; `takeOver` is the worker claiming the page. */
function fakeContainer(active: Partial<ServiceWorker> | null, controlled = false) {
  const events = new EventTarget();
  const postMessage = vi.fn();
  const state = {
    controller: controlled ? ({} as ServiceWorker) : null,
    register: vi.fn(async () => ({ active: active && { ...active, postMessage } }) as unknown as ServiceWorkerRegistration),
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  const takeOver = () => {
    state.controller = {} as ServiceWorker;
    events.dispatchEvent(new Event('controllerchange'));
  };
  return { container: state as unknown as ServiceWorkerContainer, takeOver, state, postMessage };
}

/** Whether the wait is still pending after the event loop has run for a moment. */
async function stillWaiting(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 10));
  return !done;
}

describe('untilWorkerControlsPage', () => {
  it('does nothing on a page the worker already controls', async () => {
    const { container, state } = fakeContainer({ state: 'activated' }, true);
    await untilWorkerControlsPage(PLACE, container, 60_000);
    expect(state.register).not.toHaveBeenCalled();
  });

  it('registers the worker itself (so MSW finds this page controlled and never reloads it), then waits until it takes the page over', async () => {
    const { container, takeOver, state, postMessage } = fakeContainer(null);
    const waiting = untilWorkerControlsPage(PLACE, container, 60_000);
    expect(await stillWaiting(waiting)).toBe(true);
    expect(state.register).toHaveBeenCalledWith(PLACE.url, { scope: PLACE.scope });
    // A worker still installing claims the page when it activates: nothing to ask.
    expect(postMessage).not.toHaveBeenCalled();

    takeOver();
    await waiting;
  });

  it('asks an active worker that never claimed this page to claim it', async () => {
    const { container, takeOver, postMessage } = fakeContainer({ state: 'activated' });
    const waiting = untilWorkerControlsPage(PLACE, container, 60_000);
    expect(await stillWaiting(waiting)).toBe(true);
    expect(postMessage).toHaveBeenCalledWith({ type: 'APP_WORKER_CLAIM' });
    takeOver();
    await waiting;
  });

  it('says so after the timeout instead of letting MSW reload the page', async () => {
    const { container } = fakeContainer({ state: 'activating' });
    await expect(untilWorkerControlsPage(PLACE, container, 20)).rejects.toBeInstanceOf(WorkerNotInControlError);
  });

  it('passes a refused registration on (the caller explains a wrong path)', async () => {
    const { container, state } = fakeContainer(null);
    state.register.mockRejectedValueOnce(new TypeError('A bad HTTP response code (404) was received when fetching the script.'));
    await expect(untilWorkerControlsPage(PLACE, container, 60_000)).rejects.toThrow('404');
  });
});
