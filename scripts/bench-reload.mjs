// Times a repeat visit: a reload of the compose screen in a tab that has loaded it before (the
// worker, if any, installed), from navigation start to the compose screen's ready state (the
// Start sign-in button enabled). Median of BENCH_RUNS (default 7) reloads, with the load average.
// `node scripts/bench-reload.mjs [dist directory]` — the directory defaults to dist/ (build first).
import { describeLoad, launchBenchBrowser, sampleLoad, startPreview } from './bench-support.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const port = Number(process.env.BENCH_PORT ?? 4291);
const outDir = process.argv[2] ?? 'dist';
const ready = '[data-testid="start-signin"]:enabled';

const { base, stop } = await startPreview({ port, outDir });
const browser = await launchBenchBrowser();
const times = [];
const loads = [];
let controlled = false;
let aborted = 0;
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/`);
  await page.locator(ready).waitFor();
  // Let the first visit finish its background work (prefetch, then the worker keeping every file:
  // data-offline-ready, src/app/prefetch.ts) before timing reloads.
  await page.locator('html[data-offline-ready]').waitFor({ state: 'attached', timeout: 60_000 });
  for (let i = 0; i < runs; i++) {
    loads.push(sampleLoad());
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
  stop();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `Repeat visit of ${outDir} (reload to compose ready), median of ${runs}: ${sorted[Math.floor(runs / 2)].toFixed(0)} ms ` +
    `(min ${sorted[0].toFixed(0)}, max ${sorted[runs - 1].toFixed(0)}); page controlled by a service worker: ${controlled}; navigations replaced by the page: ${aborted}; ` +
    describeLoad(loads),
);

