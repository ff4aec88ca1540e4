// Times the whole sign-in through the real UI on the built site: click "Start sign-in" on the
// compose screen → mock login → results with a verified signature. Prints the median of N runs.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const port = 4174;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
  try {
    await fetch(base);
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
const isRoot = process.getuid?.() === 0;
const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const firstPaint = [];
const flow = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(base + '/');
    await page.getByTestId('start-signin').waitFor();
    firstPaint.push(performance.now() - t0);
    const t1 = performance.now();
    await page.getByTestId('start-signin').click();
    await page.getByTestId('mock-login-submit').click();
    await page.locator('[data-testid="signature-status"][data-status="valid"]').waitFor();
    flow.push(performance.now() - t1);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`compose screen ready (cold context, built site): median ${median(firstPaint).toFixed(0)} ms over ${runs} runs`);
console.log(`sign-in flow, start → verified results (mock, incl. first worker start): median ${median(flow).toFixed(0)} ms over ${runs} runs`);
