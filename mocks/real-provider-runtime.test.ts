import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `npm run provider` (the harness the real-provider e2e specs use) on the Node this project declares:
 * it must start without a warning. oidc-provider 9 printed "Unsupported runtime" on Node 20, which is
 * why the dev dependency is pinned to 8 (see e2e/support/real-provider.ts).
 */
const MAIN = fileURLToPath(new URL('../e2e/support/real-provider-main.mjs', import.meta.url));

function startHarness(): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the harness did not start in 30 s; stderr: ${stderr}`));
    }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Ctrl-C stops the provider')) child.kill('SIGTERM');
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ stdout, stderr });
    });
  });
}

describe('the loopback OP harness on this Node', () => {
  it('starts, prints what to type in, and writes no warning', async () => {
    const { stdout, stderr } = await startHarness();
    expect(stdout).toMatch(/oidc-provider listening at http:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toContain('Client ID  playground-e2e');
    expect(stderr).toBe('');
  }, 40_000);
});
