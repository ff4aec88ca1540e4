import { rmSync } from 'node:fs';
import { RUN_DIR, SERVERS, serversAlreadyRunning } from './servers';

/** A fresh run directory for the servers started on demand (e2e/support/servers.ts), and none of their ports taken. */
export default async function globalSetup() {
  rmSync(RUN_DIR, { recursive: true, force: true });
  const running = await serversAlreadyRunning();
  if (running.length > 0) {
    throw new Error(`Already answering, so a test could meet a stale server: ${running.map((name) => SERVERS[name].url).join(', ')}. Stop it, or move the ports (E2E_*_PORT).`);
  }
}
