// Regenerates docs/conformance.md from mocks/differential/*.ts and the test names in mocks/ by running the
// test that checks it with WRITE_CONFORMANCE_DOC=1 (the generator is TypeScript; vitest runs it as is).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', 'mocks/conformance-doc.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, WRITE_CONFORMANCE_DOC: '1' },
});
process.exit(result.status ?? 1);
