import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NoCorsServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * A loopback server that answers like a provider that sends no CORS headers: what `answer` returns,
 * with every Access-Control-* header removed. A real server, because Playwright's route.fulfill is
 * not subject to the browser's CORS check.
 */
export async function startNoCorsServer(answer: (request: IncomingMessage, body: Buffer) => Promise<{ status: number; headers: Record<string, string>; body: Buffer | string }>): Promise<NoCorsServer> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => void respond(request, response));
  async function respond(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answered = await answer(request, Buffer.concat(chunks)).catch((error: unknown) => ({ status: 502, headers: {}, body: String(error) }));
    const headers = Object.fromEntries(Object.entries(answered.headers).filter(([name]) => !/^access-control-|^content-length$|^content-encoding$|^transfer-encoding$|^connection$/i.test(name)));
    response.writeHead(answered.status, headers);
    response.end(answered.body);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Forwards to `target` (same path and query), so the answer is the real provider's, minus CORS. */
export function forwardTo(target: string) {
  return async (request: IncomingMessage, body: Buffer) => {
    const headers = Object.fromEntries(Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host'));
    const response = await fetch(`${target}${request.url ?? '/'}`, { method: request.method, headers, body: request.method === 'GET' || request.method === 'HEAD' ? undefined : new Uint8Array(body), redirect: 'manual' });
    return { status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) };
  };
}
