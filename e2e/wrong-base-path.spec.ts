import { spawn, type ChildProcess } from 'node:child_process';
import { test, expect } from './fixtures';
import { STATIC_BASE, STATIC_OUT_DIR } from './support/static-host';

// The `--base=/oidc-playground/` build (made for e2e/static-host.spec.ts) copied to another path:
// served by the same plain file server under /elsewhere/, where none of its files are found.
const ELSEWHERE = '/elsewhere/';
let server: ChildProcess | undefined;
let origin = '';

test.beforeAll(async () => {
  // --port 0: a free port, which the server names on its first line.
  const started = spawn('node', ['e2e/support/static-server.mjs', '--root', STATIC_OUT_DIR, '--base', ELSEWHERE, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  server = started;
  origin = await new Promise<string>((resolve, reject) => {
    started.stdout?.on('data', (chunk: Buffer) => {
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
      if (found) resolve(found[0]);
    });
    started.once('exit', () => reject(new Error('the file server stopped before it listened')));
  });
});
test.afterAll(() => {
  server?.kill();
});

// The build's own files 404 from here; that is the point, not an error of the test.
test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of 404/ });

test('a build served under another path says so, with the --base to build it with, on the root and a nested route', async ({ page }) => {
  for (const path of ['', 'results/', 'mock-op/authorize/']) {
    await page.goto(`${origin}${ELSEWHERE}${path}`);
    await expect(page.getByRole('heading', { name: 'This build is served from the wrong path' }), path).toBeVisible();
    await expect(page.getByRole('alert'), path).toContainText(`It was built for ${STATIC_BASE}`);
    await expect(page.getByText(`npm run build -- --base=${ELSEWHERE}`, { exact: true }), path).toBeVisible();
  }
});
