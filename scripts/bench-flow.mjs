// Times the mock sign-in on the built site against its floor (bench/floor: two page loads and the
// same worker fetches, nothing else), warm (same tab, worker installed) and cold (a fresh browser
// context, as each Playwright test gets). Runs are interleaved so both sides see the same load;
// the load average is printed beside every figure because a loaded machine stretches them all.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { loadavg } from 'node:os';

const runs = Number(process.env.BENCH_RUNS ?? 9);
const port = Number(process.env.BENCH_PORT ?? 4290);
const base = `http://127.0.0.1:${port}`;
const subjects = {
  app: { url: `${base}/?autostart=1&autologin=1`, payload: '[data-testid="id-token-payload"]' },
  floor: { url: `${base}/bench-floor/index.html`, payload: '[data-testid="id-token-payload"]' },
};

// Served by the same server as the app, from the same build output.
cpSync('bench/floor', 'dist/bench-floor', { recursive: true });
// Vite itself, not through npx: killing npx would leave the preview server running.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
await waitForServer();
const isRoot = process.getuid?.() === 0;
const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const times = { warm: { app: [], floor: [] }, cold: { app: [], floor: [] } };
const loads = [];
try {
  // Warm: one tab each, primed by a first flow that installs the worker and fills the cache.
  const warmPages = {};
  for (const name of Object.keys(subjects)) {
    warmPages[name] = await (await browser.newContext()).newPage();
    await timeFlow(warmPages[name], subjects[name]);
  }
  for (let i = 0; i < runs; i++) {
    loads.push(loadavg()[0]);
    // Alternate who goes first, so neither side always runs right after the other's work.
    const order = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
    for (const name of order) times.warm[name].push(await timeFlow(warmPages[name], subjects[name]));
    for (const name of order) {
      const context = await browser.newContext();
      times.cold[name].push(await timeFlow(await context.newPage(), subjects[name]));
      await context.close();
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
} finally {
  await browser.close();
  server.kill();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => `load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1-min during runs ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)})`;
console.log(`Mock sign-in vs its floor, medians of ${runs} interleaved runs (budget: ratio ≤ 2.0×)`);
for (const mode of ['warm', 'cold']) {
  const app = median(times[mode].app);
  const floor = median(times[mode].floor);
  console.log(`${mode.padEnd(5)} app ${app.toFixed(0).padStart(5)} ms   floor ${floor.toFixed(0).padStart(5)} ms   ratio ${(app / floor).toFixed(2)}×   ${load()}`);
}

/** From navigation start to the id_token payload on screen; the wait is continuous, not polled. */
async function timeFlow(page, { url, payload }) {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(payload).waitFor({ state: 'visible', timeout: 30_000 });
  return performance.now() - start;
}

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
