import { launchBenchBrowser, startPreview } from './bench-support.mjs';
const { base, stop } = await startPreview({ port: 4297 });
const browser = await launchBenchBrowser();
const agg = new Map(); const byUrl = new Map(); let N = 6;
try {
  const context = await browser.newContext();
  await context.addInitScript(() => { new MutationObserver((_, o) => { if (document.querySelector('[data-testid="id-token-payload"]')) { window.__payloadAt = Date.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true }); });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (let r = 0; r < N + 2; r++) {
    if (r >= 2) await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.goto(`${base}/?autostart=1&autologin=1`, { waitUntil: 'commit' });
    const p = await (await page.waitForFunction(() => window.__payloadAt, undefined, { timeout: 30000, polling: 100 })).jsonValue();
    console.log('run', r, p - t0);
    if (r < 2) continue;
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    let t = profile.startTime; const end = (p - t0) * 1000 + t; // approx
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i]; const dt = profile.timeDeltas[i + 1] ?? 0;
      const n = nodes.get(profile.samples[i]); const cf = n.callFrame;
      const key = `${cf.functionName || '(anon)'} ${cf.url.replace(base, '').slice(-34)}:${cf.lineNumber}:${cf.columnNumber}`;
      agg.set(key, (agg.get(key) ?? 0) + dt);
      // attribute to first app-url frame up the stack
      let id = n.id, u = null; while (id) { const f = nodes.get(id).callFrame; if (f.url.includes('/assets/') && !f.url.includes('framework')) { u = `${f.functionName} ${f.url.replace(base,'').slice(-30)}:${f.lineNumber}:${f.columnNumber}`; break; } id = parent.get(id); }
      u ??= cf.url ? 'framework/other' : cf.functionName; byUrl.set(u, (byUrl.get(u) ?? 0) + dt);
    }
  }
} finally { await browser.close(); stop(); }
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(Math.round(v / N / 1000 * 10) / 10).padStart(6), 'ms/run', k);
console.log('--- inclusive-ish by nearest app frame');
for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(Math.round(v / N / 1000 * 10) / 10).padStart(6), k);
