import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HttpExchange } from '../domain/flow/http-exchange';

const OP = 'https://op.example';
const CALLBACK = `${window.location.origin}/callback?code=c0de&state=st`;
function answer(url: string, responseText: string): HttpExchange {
  return { method: 'GET', url, requestHeaders: {}, requestBody: undefined, responseHeaders: {}, status: 200, responseText, failure: undefined };
}

/** A fresh copy of the page's modules, as after a full page load (a real provider's sign-in is one). */
async function pageLoad() {
  vi.resetModules();
  const store = await import('../state/run-so-far-store');
  const { setPresenterMode } = await import('../state/preferences');
  const { LiveNarration } = await import('./live-narration');
  setPresenterMode(true);
  return { store, LiveNarration };
}

beforeEach(() => window.sessionStorage.clear());

describe('the live caption across the provider’s page loads', () => {
  it('carries the sign-in so far through session storage, never a token, and narrates the return to the app', async () => {
    const before = await pageLoad();
    before.store.beginRunSoFar({ requestedScopes: ['openid', 'email'], claimsText: '', redirectUri: `${window.location.origin}/callback` });
    before.store.noteCallSent(answer(`${OP}/.well-known/openid-configuration`, '{}'))(answer(`${OP}/.well-known/openid-configuration`, `{"issuer":"${OP}"}`));
    before.store.identifyRunSoFar('st', { issuer: OP, authorization_endpoint: `${OP}/authorize` });
    const { unmount } = render(<before.LiveNarration where="app" />);
    expect(screen.getByTestId('live-narration').textContent).toContain('The app reads the provider’s discovery document');
    act(() => before.store.noteRedirect(`${OP}/authorize?client_id=c&state=st`));
    expect(screen.getByTestId('live-narration').textContent).toContain('The browser goes to the provider asking for openid email.');
    unmount();

    // Back from the provider: a new page, whose memory knows nothing of the sign-in.
    const after = await pageLoad();
    after.store.resumeRunSoFar('st', CALLBACK);
    render(<after.LiveNarration where="app" />);
    expect(screen.getByTestId('live-narration').textContent).toContain('The provider sends the browser back to the app with a one-time authorization code.');
    expect(screen.getByTestId('live-narration').textContent).toContain('Step 3 of the sign-in');

    // The token exchange is told from memory; session storage never holds its answer.
    act(() => after.store.noteCallSent(answer(`${OP}/token`, ''))(answer(`${OP}/token`, '{"access_token":"secret-access-token","id_token":"h.p.s"}')));
    expect(screen.getByTestId('live-narration').textContent).toContain('receives an id_token and an access_token');
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain('secret-access-token');

    act(() => after.store.endRunSoFar());
    expect(screen.queryByTestId('live-narration')).toBeNull();
  });

  it('does not resume another sign-in’s record, and shows nothing outside presenter mode', async () => {
    const before = await pageLoad();
    before.store.beginRunSoFar({ requestedScopes: ['openid'], claimsText: '', redirectUri: `${window.location.origin}/callback` });
    before.store.identifyRunSoFar('other', { issuer: OP } as Parameters<typeof before.store.identifyRunSoFar>[1]);
    before.store.noteRedirect(`${OP}/authorize?state=other`);

    const after = await pageLoad();
    after.store.resumeRunSoFar('st', CALLBACK);
    render(<after.LiveNarration where="app" />);
    expect(screen.queryByTestId('live-narration')).toBeNull();
  });
});
