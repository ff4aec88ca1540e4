// What the browser benchmarks share (scripts/bench-flow.mjs, scripts/bench-reload.mjs): a preview
// server of a build, Debian's Chromium launched as the e2e suite launches it, medians, and the load
// average to print beside every figure (a loaded machine stretches them all).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

/** `vite preview` of `outDir` on the port; stop() ends it. Vite itself, not npx: killing npx would leave the server running. */
export async function startPreview({ port, outDir = 'dist' }) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base);
      return { base, stop: () => server.kill() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${base}`);
}

export function launchBenchBrowser() {
  const isRoot = process.getuid?.() === 0;
  return chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The load average now, and the range of 1-minute figures sampled during the runs. */
export function describeLoad(sampled) {
  return `load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1-min during runs ${Math.min(...sampled).toFixed(2)}–${Math.max(...sampled).toFixed(2)})`;
}

export const sampleLoad = () => loadavg()[0];
