import { launchBenchBrowser, startPreview } from './bench-support.mjs';
const { base, stop } = await startPreview({ port: 4300 });
const browser = await launchBenchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.addInitScript(() => {
    const places = () => [...document.querySelectorAll('main *')].filter((e) => e.children.length >= 0 && (e.id || e.tagName === 'FIELDSET' || e.tagName === 'TEXTAREA' || e.classList.contains('json-editor') || e.tagName === 'H2' || e.tagName === 'P' || e.tagName==='UL')).map((e) => [`${e.tagName}#${e.id}.${[...e.classList].join('.')} ${(e.textContent||'').slice(0,30)}`, Math.round(e.getBoundingClientRect().top + scrollY), Math.round(e.getBoundingClientRect().height)]);
    window.__places = places;
    new MutationObserver((_, o) => { if (!document.querySelector('#start-heading') || !document.querySelector('#history')) return; o.disconnect(); requestAnimationFrame(() => (window.__first = places())); }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(base + '/');
  await page.waitForSelector('html[data-prefetched="true"]', { timeout: 15000 });
  const { first, now } = await page.evaluate(() => ({ first: window.__first, now: window.__places() }));
  const f = new Map(first.map(([k, t, h]) => [k, [t, h]]));
  for (const [k, t, h] of now) { const o = f.get(k); if (!o) console.log('NEW', k, t, h); else if (o[0] !== t || o[1] !== h) console.log('MOVED', k, o, '->', [t, h]); }
  for (const [k] of first) if (!now.find(([n]) => n === k)) console.log('GONE', k);
} finally { await browser.close(); stop(); }
