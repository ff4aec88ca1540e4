import { describe, expect, it, vi } from 'vitest';
import { untilWorkerControlsPage } from './until-worker-controls-page';

/** A service worker container with one registration; `takeOver` is the worker claiming the page. */
function fakeContainer(registration: Partial<ServiceWorkerRegistration> | undefined, controlled = false) {
  const events = new EventTarget();
  const state = {
    controller: controlled ? ({} as ServiceWorker) : null,
    getRegistration: vi.fn(async () => registration as ServiceWorkerRegistration | undefined),
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  const takeOver = () => {
    state.controller = {} as ServiceWorker;
    events.dispatchEvent(new Event('controllerchange'));
  };
  return { container: state as unknown as ServiceWorkerContainer, takeOver, state };
}

const worker = (state: ServiceWorkerState) => ({ state }) as ServiceWorker;

/** Whether the wait is still pending after the event loop has run for a moment. */
async function stillWaiting(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return !done;
}

describe('untilWorkerControlsPage', () => {
  it('does not wait on a controlled page, a first visit, or a settled worker (MSW’s reload is right there)', async () => {
    const controlled = fakeContainer({ installing: worker('installing') }, true);
    await untilWorkerControlsPage('/', controlled.container, 60_000);
    expect(controlled.state.getRegistration).not.toHaveBeenCalled();

    await untilWorkerControlsPage('/', fakeContainer(undefined).container, 60_000);
    await untilWorkerControlsPage('/', fakeContainer({ active: worker('activated') }).container, 60_000);
    await untilWorkerControlsPage('/', fakeContainer({}).container, 60_000);
  });

  it.each([
    ['installing', { installing: worker('installing') }],
    ['installed and waiting', { waiting: worker('installed') }],
    ['activating', { active: worker('activating') }],
  ])('waits while the worker is %s, until it takes the page over', async (_, registration) => {
    const { container, takeOver, state } = fakeContainer(registration);
    const waiting = untilWorkerControlsPage('/app/', container, 60_000);
    expect(await stillWaiting(waiting)).toBe(true);

    takeOver();
    await waiting;
    expect(state.getRegistration).toHaveBeenCalledWith('/app/');
  });

  it('gives up after the timeout, so MSW’s reload remains the fallback', async () => {
    const { container, state } = fakeContainer({ installing: worker('installing') });
    await untilWorkerControlsPage('/', container, 20);
    expect(state.controller).toBeNull();
  });
});
