import { launchBenchBrowser, startPreview } from './bench-support.mjs';
const { base, stop } = await startPreview({ port: 4298, outDir: process.env.OUT ?? 'dist' });
const browser = await launchBenchBrowser();
const agg = new Map(); const N = 6;
try {
  for (let r = 0; r < N; r++) {
    const context = await browser.newContext();
    await context.addInitScript(() => { new MutationObserver((_, o) => { if (document.querySelector('[data-testid="id-token-payload"]')) { window.__payloadAt = Date.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true }); });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.goto(`${base}/?autostart=1&autologin=1`, { waitUntil: 'commit' });
    const p = await (await page.waitForFunction(() => window.__payloadAt, undefined, { timeout: 30000, polling: 100 })).jsonValue();
    const { profile } = await cdp.send('Profiler.stop');
    console.log('run', r, p - t0);
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = profile.timeDeltas[i + 1] ?? 0;
      // inclusive: every distinct frame on the stack
      const seen = new Set(); let id = profile.samples[i];
      while (id) { const f = nodes.get(id).callFrame; const key = `${f.functionName || '(anon)'} ${f.url.replace(base, '').slice(-34)}:${f.lineNumber}:${f.columnNumber}`; if (!seen.has(key)) { seen.add(key); agg.set(key, (agg.get(key) ?? 0) + dt); } id = parent.get(id); }
    }
    await context.close();
  }
} finally { await browser.close(); stop(); }
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(String(Math.round(v / N / 100) / 10).padStart(6), 'ms/run', k);
