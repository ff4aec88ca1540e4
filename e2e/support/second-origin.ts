import { spawn } from 'node:child_process';

export interface SecondOrigin {
  /** `http://localhost:<port>`: another host name and another port than the suite's baseURL. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves the build the suite already made (`dist/`, from the `vite preview` web server) a second time,
 * with the plain file server of e2e/support/static-server.mjs on a free port, so one test can run the
 * same build from two origins.
 */
export async function startSecondOrigin(root = 'dist'): Promise<SecondOrigin> {
  const child = spawn(process.execPath, ['e2e/support/static-server.mjs', '--root', root, '--base', '/', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the static server exited (${code}) before listening: ${output}`)));
  });
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
