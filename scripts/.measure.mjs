import { launchBenchBrowser, startPreview } from './bench-support.mjs';
const { base, stop } = await startPreview({ port: 4299 });
const browser = await launchBenchBrowser();
try {
  for (const claims of ['', encodeURIComponent(JSON.stringify({ userinfo: { email: null, given_name: null, family_name: null }, id_token: { email: null, name: null } }, null, 2))]) {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const t = document.querySelector('textarea.json-editor-fallback');
        if (t && !window.__fb) { const cs = getComputedStyle(t); window.__fb = `${t.getBoundingClientRect().height} font ${cs.fontSize}/${cs.lineHeight} pad ${cs.paddingTop} border ${cs.borderTopWidth}`; }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}/${claims ? `?claims=${claims}` : ''}`);
    await page.waitForSelector('.json-editor .cm-editor');
    const r = await page.evaluate(() => { const w = document.querySelector('.json-editor'); const l = document.querySelector('.json-editor .cm-line'); const cs = getComputedStyle(l); const c = getComputedStyle(document.querySelector('.json-editor .cm-content')); return `${window.__fb} | cm wrapper ${w.getBoundingClientRect().height} line ${cs.fontSize}/${cs.lineHeight} content pad ${c.paddingTop} lines ${document.querySelectorAll('.json-editor .cm-line').length}`; });
    console.log(r);
    await page.close();
  }
} finally { await browser.close(); stop(); }
