// Times the mock sign-in on the built site against its floor (bench/floor: two page loads and the
// same worker fetches, no framework), warm (same tab, worker installed) and cold (a fresh browser
// context, as each Playwright test gets). Runs are interleaved so both sides see the same load;
// the load average is printed beside every figure because a loaded machine stretches them all.
//
// Timed inside the page (issue 29): Playwright's waitFor polls at about 0, 20, 70, 170, 270 ms and
// then every 500 ms, so a payload landing late was reported up to half a second late. An init script
// stamps Date.now() when the payload element enters the DOM; the figure is that stamp minus Date.now()
// taken just before page.goto (one machine, one clock).
//
// Then one more cold app flow with the DevTools protocol's script events: the JavaScript the page
// compiled before the payload appeared, in decoded bytes, across every page load of the flow.
import { cpSync } from 'node:fs';
import { describeLoad, launchBenchBrowser, median, sampleLoad, startPreview } from './bench-support.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 9);
const port = Number(process.env.BENCH_PORT ?? 4290);
// Another build can be timed from here (BENCH_OUT_DIR), e.g. main's beside a branch's, same server and config.
const outDir = process.env.BENCH_OUT_DIR ?? 'dist';
const PAYLOAD = '[data-testid="id-token-payload"]';
const BUDGET = { cold: 3.0, warm: 1.8, coldScriptBytes: 700 * 1024 };
// Served by the same server as the app, from the same build output.
cpSync('bench/floor', `${outDir}/bench-floor`, { recursive: true });
const { base, stop } = await startPreview({ port, outDir });
const subjects = {
  app: `${base}/?autostart=1&autologin=1`,
  floor: `${base}/bench-floor/index.html`,
};
const browser = await launchBenchBrowser();

const times = { warm: { app: [], floor: [] }, cold: { app: [], floor: [] } };
const loads = [];
let scripts;
try {
  // Warm: one tab each, primed by a first flow that installs the worker and fills the cache.
  const warmPages = {};
  for (const name of Object.keys(subjects)) {
    warmPages[name] = await stampingPage(await browser.newContext());
    await timeFlow(warmPages[name], subjects[name]);
  }
  for (let i = 0; i < runs; i++) {
    loads.push(sampleLoad());
    // Alternate who goes first, so neither side always runs right after the other's work.
    const order = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
    for (const name of order) times.warm[name].push(await timeFlow(warmPages[name], subjects[name]));
    for (const name of order) {
      const context = await browser.newContext();
      times.cold[name].push(await timeFlow(await stampingPage(context), subjects[name]));
      await context.close();
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  scripts = await scriptsBeforePayload(subjects.app);
} finally {
  await browser.close();
  stop();
}

const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
console.log(`Mock sign-in vs its floor, in-page stamps, medians of ${runs} interleaved runs (budget: cold ≤ ${BUDGET.cold}×, warm ≤ ${BUDGET.warm}×)`);
for (const mode of ['warm', 'cold']) {
  const app = median(times[mode].app);
  const floor = median(times[mode].floor);
  const ratio = app / floor;
  console.log(`${mode.padEnd(5)} app ${app.toFixed(0).padStart(5)} ms   floor ${floor.toFixed(0).padStart(5)} ms   ratio ${ratio.toFixed(2)}×${ratio > BUDGET[mode] ? ' (over budget)' : ''}   ${describeLoad(loads)}`);
}
console.log(
  `JavaScript compiled before the payload, cold app flow: ${kb(scripts.bytes)} decoded in ${scripts.count} scripts (budget ${kb(BUDGET.coldScriptBytes)})${scripts.bytes > BUDGET.coldScriptBytes ? ' (over budget)' : ''}`,
);

/** A page whose init script stamps the moment the payload element enters the DOM (window.__payloadAt). */
async function stampingPage(context) {
  await context.addInitScript((selector) => {
    const stamp = () => {
      if (window.__payloadAt === undefined && document.querySelector(selector)) window.__payloadAt = Date.now();
      return window.__payloadAt !== undefined;
    };
    new MutationObserver((_, observer) => stamp() && observer.disconnect()).observe(document, { childList: true, subtree: true });
  }, PAYLOAD);
  return context.newPage();
}

/** From just before navigation to the payload element in the DOM, by the page's own clock. */
async function timeFlow(page, url) {
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const stamped = await page.waitForFunction(() => window.__payloadAt, undefined, { timeout: 30_000, polling: 100 });
  return (await stamped.jsonValue()) - start;
}

/** The scripts the page's main thread compiled (every page load of the flow) before the payload appeared. */
async function scriptsBeforePayload(url) {
  const context = await browser.newContext();
  const page = await stampingPage(context);
  const cdp = await context.newCDPSession(page);
  const parsed = [];
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('http')) parsed.push({ at: Date.now(), url: event.url, length: event.length ?? event.endOffset ?? 0 });
  });
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'commit' });
  const payloadAt = await (await page.waitForFunction(() => window.__payloadAt, undefined, { timeout: 30_000, polling: 100 })).jsonValue();
  await context.close();
  const before = parsed.filter((script) => script.at <= payloadAt);
  return { bytes: before.reduce((sum, s) => sum + s.length, 0), count: before.length };
}
