import { startedProcessGroups } from './servers';

const alive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Ends every server this run started on demand (e2e/support/servers.ts): each is a process group of its own. */
export default async function globalTeardown() {
  const groups = startedProcessGroups().filter(alive);
  for (const pid of groups) process.kill(-pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (groups.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const pid of groups.filter(alive)) process.kill(-pid, 'SIGKILL');
}
