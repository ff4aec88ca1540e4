// Times a repeat visit: a reload of the compose screen in a tab that has loaded it before (the
// worker, if any, installed), from navigation start to the compose screen's ready state (the
// Start sign-in button enabled). Median of BENCH_RUNS (default 7) reloads, with the load average.
// `node scripts/bench-reload.mjs [dist directory]` — the directory defaults to dist/ (build first).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const port = Number(process.env.BENCH_PORT ?? 4291);
const outDir = process.argv[2] ?? 'dist';
const base = `http://127.0.0.1:${port}`;
const ready = '[data-testid="start-signin"]:enabled';

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir], { stdio: 'ignore' });
await waitForServer();
const isRoot = process.getuid?.() === 0;
const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const times = [];
const loads = [];
let controlled = false;
let aborted = 0;
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/`);
  await page.locator(ready).waitFor();
  // Let the first visit finish its background work (prefetch, worker install) before timing reloads.
  await page.locator('html[data-prefetched="true"]').waitFor({ timeout: 30_000 });
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator) || !(await navigator.serviceWorker.getRegistration())) return;
    await navigator.serviceWorker.ready;
  });
  for (let i = 0; i < runs; i++) {
    loads.push(loadavg()[0]);
    const start = performance.now();
    // A navigation the page itself replaces (MSW reloads a page its worker does not control yet)
    // aborts goto; the time to the ready screen still counts, and the run is reported.
    await page.goto(`${base}/`, { waitUntil: 'commit' }).catch((error) => {
      if (!String(error).includes('ERR_ABORTED')) throw error;
      aborted++;
    });
    await page.locator(ready).waitFor({ timeout: 30_000 });
    times.push(performance.now() - start);
    controlled = await page.evaluate(() => Boolean(navigator.serviceWorker?.controller));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
} finally {
  await browser.close();
  server.kill();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `Repeat visit of ${outDir} (reload to compose ready), median of ${runs}: ${sorted[Math.floor(runs / 2)].toFixed(0)} ms ` +
    `(min ${sorted[0].toFixed(0)}, max ${sorted[runs - 1].toFixed(0)}); page controlled by a service worker: ${controlled}; navigations replaced by the page: ${aborted}; ` +
    `load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1-min during runs ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)})`,
);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`vite preview did not answer on ${base}`);
}
