import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

/**
 * The mock provider as other teams get it: `npm pack` (which builds dist-op/), the tarball installed
 * into a separate SPA kept as a fixture (e2e/separate-spa: its own origin, oidc-client-ts, no source
 * shared with the playground), whose own Playwright suite signs in through the package's fixture,
 * whose unit test uses the package's MSW handlers, and whose bin starts, answers and stops cleanly.
 */
const run = promisify(execFile);
const repo = process.cwd();
const spaPort = Number(process.env.E2E_APP_PORT ?? 4173) + 9;
const binPort = spaPort + 1;

test.describe.configure({ mode: 'serial', timeout: 300_000 });

let spa: string;
let workdir: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  workdir = mkdtempSync(join(tmpdir(), 'oidc-playground-pack-'));
  await run('npm', ['pack', '--pack-destination', workdir], { cwd: repo });
  const tarball = readdirSync(workdir).find((name) => name.endsWith('.tgz'))!;
  spa = join(workdir, 'spa');
  cpSync(join(repo, 'e2e/separate-spa'), spa, { recursive: true });
  // From npm's cache when it has the packages (the repository's own `npm ci` filled it).
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(workdir, tarball)], { cwd: spa });
});

test.afterAll(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

test('the separate SPA signs in through the installed package’s Playwright fixture', async () => {
  const result = await run('npx', ['playwright', 'test'], { cwd: spa, env: { ...process.env, SPA_PORT: String(spaPort) } }).catch(
    (error: { stdout: string; stderr: string }) => error,
  );
  await test.info().attach('separate-spa-output.txt', { body: `${result.stdout}\n${result.stderr}`, contentType: 'text/plain' });
  console.log(result.stdout);

  expect(result.stdout).toContain('3 passed');
  expect(result.stdout).not.toMatch(/failed|flaky/);
});

test('the separate SPA’s unit test runs on the package’s MSW handlers', async () => {
  const { stdout } = await run('node', ['msw-unit.mjs'], { cwd: spa });

  expect(stdout).toContain('msw handlers: token, userinfo and JWKS answered under msw/node');
});

test('the installed bin serves discovery and stops cleanly on SIGTERM and SIGINT', async () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const child = spawn(join(spa, 'node_modules/.bin/oidc-playground-op'), ['--port', String(binPort)], { cwd: spa });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 15_000 }).toContain('listening at');

    const discovery = await fetch(`http://127.0.0.1:${binPort}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);

    expect(await exited).toBe(0);
    expect(output).toContain(`stopped (${signal})`);
    await expect(fetch(`http://127.0.0.1:${binPort}/jwks`)).rejects.toThrow();
  }
});

test('the installed bin refuses a bad options file, naming the field, and does not start', async () => {
  const file = join(workdir, 'bad.json');
  writeFileSync(file, JSON.stringify({ format: 'oidc-playground-request', version: 2, request: { mock: { user: { uuid: 'u', Email: 'x' } } } }));

  const failure = await run(join(spa, 'node_modules/.bin/oidc-playground-op'), ['--config', file, '--port', String(binPort)]).catch(
    (error: { code: number; stderr: string }) => error,
  );

  expect('code' in failure && failure.code).toBe(2);
  expect('stderr' in failure && failure.stderr).toMatch(/bad\.json: request\.mock\.user: "Email" is not an attribute/);
  await expect(fetch(`http://127.0.0.1:${binPort}/jwks`)).rejects.toThrow();
});
