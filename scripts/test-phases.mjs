// `npm test`: the checks in phases, each phase's time printed with the load average (CI's time per
// phase, issue 29). Stops at the first phase that fails.
// - typecheck and lint run side by side: each is one Node thread, and CI has two cores.
// - The e2e phase serves the build the size phase has just made (E2E_PREBUILT=1, playwright.config.ts)
//   instead of building it again.
// Output of side-by-side scripts is held and printed whole when each ends, so logs stay readable.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

const PHASES = [
  [{ script: 'typecheck' }, { script: 'lint' }],
  [{ script: 'test:unit' }],
  [{ script: 'size' }],
  [{ script: 'test:e2e', env: { E2E_PREBUILT: '1' } }],
];

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

function run({ script, env }, alone) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      if (!alone) process.stdout.write(Buffer.concat(output));
      const time = `${script} ${seconds(started)}`;
      console.log(`— ${time}${code === 0 ? '' : ', failed'} (load ${load()})`);
      resolve({ ok: code === 0, time });
    });
  });
}

const times = [];
let failed = false;
for (const phase of PHASES) {
  const results = await Promise.all(phase.map((step) => run(step, phase.length === 1)));
  times.push(...results.map((r) => r.time));
  if (results.some((r) => !r.ok)) {
    failed = true;
    break;
  }
}
console.log(`\nnpm test phases: ${times.join(', ')} (typecheck and lint side by side; load ${load()})${failed ? ': FAILED' : ''}`);
process.exit(failed ? 1 : 0);
