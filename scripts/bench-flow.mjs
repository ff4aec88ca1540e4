// Times the mock sign-in on the built site against its floor (bench/floor: two page loads and the
// same worker fetches, nothing else), warm (same tab, worker installed) and cold (a fresh browser
// context, as each Playwright test gets). Runs are interleaved so both sides see the same load;
// the load average is printed beside every figure because a loaded machine stretches them all.
import { cpSync } from 'node:fs';
import { describeLoad, launchBenchBrowser, median, sampleLoad, startPreview } from './bench-support.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 9);
const port = Number(process.env.BENCH_PORT ?? 4290);
// Served by the same server as the app, from the same build output.
cpSync('bench/floor', 'dist/bench-floor', { recursive: true });
const { base, stop } = await startPreview({ port });
const subjects = {
  app: { url: `${base}/?autostart=1&autologin=1`, payload: '[data-testid="id-token-payload"]' },
  floor: { url: `${base}/bench-floor/index.html`, payload: '[data-testid="id-token-payload"]' },
};
const browser = await launchBenchBrowser();

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
    loads.push(sampleLoad());
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
  stop();
}

console.log(`Mock sign-in vs its floor, medians of ${runs} interleaved runs (budget: ratio ≤ 2.0×)`);
for (const mode of ['warm', 'cold']) {
  const app = median(times[mode].app);
  const floor = median(times[mode].floor);
  console.log(`${mode.padEnd(5)} app ${app.toFixed(0).padStart(5)} ms   floor ${floor.toFixed(0).padStart(5)} ms   ratio ${(app / floor).toFixed(2)}×   ${describeLoad(loads)}`);
}

/** From navigation start to the id_token payload on screen; the wait is continuous, not polled. */
async function timeFlow(page, { url, payload }) {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(payload).waitFor({ state: 'visible', timeout: 30_000 });
  return performance.now() - start;
}

