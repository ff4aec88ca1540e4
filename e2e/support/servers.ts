/**
 * The servers that only some specs need, started when the first of those specs runs instead of for
 * every run (Playwright's `webServer` starts all of its list before any test, even for one spec):
 * `npx playwright test e2e/deny.spec.ts` then starts the app alone, and the full suite starts
 * LemonLDAP::NG or the sub-path build while the other worker goes on with tests.
 *
 * Workers are separate processes, so the first one to ask starts the server (a directory made with
 * mkdir is the lock), detached, and records its process group; the others wait for its URL. The
 * global teardown (e2e/support/global-teardown.ts) ends every group this run started, and the global
 * setup refuses to begin while one of these ports already answers, as `webServer` with
 * `reuseExistingServer: false` does: a server left running would serve stale code.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_PORT } from './dev-server';
import { REAL_PROVIDER_APP_ORIGIN, REAL_PROVIDER_PORT } from './real-provider';
import { STATIC_BASE, STATIC_OUT_DIR, STATIC_PORT } from './static-host';

const llngPort = Number(process.env.E2E_LLNG_PORT ?? 4600);
export const HOSTILE_PORT = Number(process.env.E2E_HOSTILE_PORT ?? REAL_PROVIDER_PORT + 11);

interface ServerSpec {
  /** A shell command run from the repository's root; it must keep running. */
  readonly command: string;
  /** Answers (any status below 404) once the server is ready. */
  readonly url: string;
  readonly timeoutMs: number;
}

export const SERVERS = {
  // A certified OpenID Provider on loopback (e2e/support/real-provider.ts). The dev server's origin is
  // registered too, but gets no CORS headers from the token and userinfo endpoints.
  realProvider: {
    command: `node e2e/support/real-provider-main.mjs --port ${REAL_PROVIDER_PORT} --app-origin ${REAL_PROVIDER_APP_ORIGIN} --no-cors-app-origin http://127.0.0.1:${DEV_PORT}`,
    url: `http://127.0.0.1:${REAL_PROVIDER_PORT}/.well-known/openid-configuration`,
    timeoutMs: 30_000,
  },
  // LemonLDAP::NG, a second, independent OpenID Provider (Perl, Debian's packages; e2e/support/lemonldap.ts).
  // Missing packages are installed when root (scripts/install-lemonldap.sh), hence the long timeout.
  lemonldap: {
    command: `node e2e/support/lemonldap-main.mjs --port ${llngPort} --app-origin ${REAL_PROVIDER_APP_ORIGIN}`,
    url: `http://127.0.0.1:${llngPort}/.well-known/openid-configuration`,
    timeoutMs: 300_000,
  },
  // A hostile OpenID Provider on loopback (e2e/support/hostile-provider.mjs).
  hostile: {
    command: `node e2e/support/hostile-provider.mjs --port ${HOSTILE_PORT}`,
    url: `http://127.0.0.1:${HOSTILE_PORT}/`,
    timeoutMs: 30_000,
  },
  // The same app built under a sub-path and served by a plain file server with no fallback and no
  // rewrites (e2e/static-host.spec.ts): deploy anywhere, proven.
  staticHost: {
    command: `node node_modules/vite/bin/vite.js build --base=${STATIC_BASE} --outDir ${STATIC_OUT_DIR} --logLevel error && node e2e/support/static-server.mjs --root ${STATIC_OUT_DIR} --base ${STATIC_BASE} --port ${STATIC_PORT}`,
    url: `http://127.0.0.1:${STATIC_PORT}${STATIC_BASE}`,
    timeoutMs: 120_000,
  },
  // The dev server with its opt-in local proxy (scripts/dev-proxy-plugin.ts), for e2e/dev-proxy.spec.ts.
  devServer: {
    command: `node node_modules/vite/bin/vite.js --port ${DEV_PORT} --strictPort --logLevel warn`,
    url: `http://127.0.0.1:${DEV_PORT}/`,
    timeoutMs: 60_000,
  },
} as const satisfies Record<string, ServerSpec>;

export type ServerName = keyof typeof SERVERS;

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where this run keeps its locks, process groups and server logs; one per app port, so checkouts side by side do not meet. */
export const RUN_DIR = join(tmpdir(), `oidc-playground-e2e-${process.env.E2E_APP_PORT ?? 4173}`);

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: 'manual' });
    return response.status < 404;
  } catch {
    return false;
  }
}

/** The servers whose port already answers: refused before a run, like `webServer` does. */
export async function serversAlreadyRunning(): Promise<ServerName[]> {
  const names = Object.keys(SERVERS) as ServerName[];
  const up = await Promise.all(names.map((name) => answers(SERVERS[name].url)));
  return names.filter((_, i) => up[i]);
}

/** Starts the servers (once per run, whichever worker asks first) and resolves when each answers. */
export async function ensureServers(names: readonly ServerName[]): Promise<void> {
  await Promise.all(names.map(ensureServer));
}

async function ensureServer(name: ServerName): Promise<void> {
  const { command, url, timeoutMs } = SERVERS[name];
  mkdirSync(RUN_DIR, { recursive: true });
  const log = join(RUN_DIR, `${name}.log`);
  let child: ReturnType<typeof spawn> | undefined;
  try {
    mkdirSync(join(RUN_DIR, `${name}.lock`));
    child = spawn('sh', ['-c', command], { cwd: REPOSITORY_ROOT, detached: true, stdio: ['ignore', openSync(log, 'a'), openSync(log, 'a')] });
    child.unref();
    writeFileSync(join(RUN_DIR, `${name}.pid`), String(child.pid));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answers(url)) return;
    if (child && child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-30).join('\n') : '';
  throw new Error(`The ${name} server (${command}) did not answer at ${url}${child?.exitCode != null ? `; it exited with ${child.exitCode}` : ` within ${timeoutMs} ms`}.\n${tail}`);
}

/** The process groups this run started (global teardown ends them). */
export function startedProcessGroups(): number[] {
  if (!existsSync(RUN_DIR)) return [];
  return readdirSync(RUN_DIR)
    .filter((file) => file.endsWith('.pid'))
    .map((file) => Number(readFileSync(join(RUN_DIR, file), 'utf8')))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}
