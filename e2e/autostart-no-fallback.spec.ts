import { test, expect } from './fixtures';

/**
 * An autostarted sign-in goes compose → mock login → callback → results without a loading
 * fallback on the way: each step's code is loaded before the app navigates to it. An observer
 * installed before the page's own scripts records every fallback that is ever attached.
 */
test('an autostarted mock sign-in shows no loading fallback on its way to the results', async ({ page, results }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __fallbacks: string[] }).__fallbacks = seen;
    const isFallback = (node: Node) =>
      node instanceof Element && (node.matches('p.loading') || node.querySelector('p.loading') !== null || /Contacting the sign-in service/.test(node.textContent ?? ''));
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) if (isFallback(node)) seen.push(`${window.location.pathname}: ${node.textContent ?? ''}`);
      }
    }).observe(document, { childList: true, subtree: true });
  });

  await page.goto('/?scope=openid%20email&autostart=1&autologin=1');
  await results.waitForRun();

  expect(await page.evaluate(() => (window as unknown as { __fallbacks: string[] }).__fallbacks)).toEqual([]);
});

/**
 * An autostart link leaves the compose screen at once, so it renders only the launch panel: the
 * editors (CodeMirror, the largest chunk of the build) are never requested on the way to the results,
 * and the compose screen's other panels (their own chunk) not before the results screen shows.
 */
test('an autostarted mock sign-in never loads the editors on its way to the results', async ({ page, results }) => {
  const editorChunks: string[] = [];
  const panelsRequestedOn: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/assets\/json-editor-[^/]*\.js$/.test(path)) editorChunks.push(request.url());
    if (/\/assets\/compose-panels-[^/]*\.js$/.test(path)) panelsRequestedOn.push(new URL(page.url()).pathname);
  });

  await page.goto('/?scope=openid%20email&autostart=1&autologin=1');
  await results.waitForRun();

  expect(editorChunks).toEqual([]);
  expect(panelsRequestedOn.filter((path) => !path.endsWith('/results'))).toEqual([]);
});

/**
 * With autologin the mock signs in from its login page's route loader, so the login page is never
 * drawn on the way (issue 29: no screen flashes): the router goes from the compose screen straight
 * to the callback. Without autologin the same page shows and waits for a click, so the observer
 * below can see it when it is drawn.
 */
for (const autologin of [true, false]) {
  test(`an autostarted mock sign-in ${autologin ? 'never draws' : 'draws'} the login page ${autologin ? 'with' : 'without'} autologin=1`, async ({ page, login, results }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __loginPages: string[] }).__loginPages = seen;
      new MutationObserver(() => {
        const heading = document.querySelector('h1');
        if (heading?.textContent === 'Sign in' && !seen.includes(window.location.pathname)) seen.push(window.location.pathname);
      }).observe(document, { childList: true, subtree: true });
    });

    await page.goto(`/?scope=openid%20email&autostart=1${autologin ? '&autologin=1' : ''}`);
    if (!autologin) await login.signIn();
    await results.waitForRun();

    const drawn = await page.evaluate(() => (window as unknown as { __loginPages: string[] }).__loginPages);
    expect(drawn).toEqual(autologin ? [] : [expect.stringMatching(/\/mock-op\/authorize$/)]);
  });
}
