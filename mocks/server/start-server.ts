import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOpHandler, type OpHandler } from './op-handler';
import { isLoopback, type ServerOptions } from './server-options';

/** A request body larger than this is refused (413) before it is read further: no endpoint needs more. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface RunningServer {
  /** Where the provider lives; its discovery document is at `${issuer}/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly port: number;
  /** The control API's base URL (loopback only). */
  readonly controlUrl: string;
  readonly handler: OpHandler;
  /** Stops accepting, ends open connections, and resolves when the port is free. */
  close(): Promise<void>;
}

/**
 * The mock provider as an HTTP server: node:http in, a Fetch Request to the provider's handler, the
 * Response written back. A thrown error is a 500 OAuth error for that request only; the server goes on.
 */
export async function startServer(options: ServerOptions, log: (line: string) => void = () => {}): Promise<RunningServer> {
  const server = createServer();
  // What Node's parser refuses before any handler runs (a request line or headers too long, bytes that
  // are not HTTP) still gets an OAuth error body, and the connection is closed.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return void socket.destroy();
    const tooLong = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      error: 'invalid_request',
      error_description: tooLong ? 'The request line or headers are too long; send large values in a POST body.' : 'The request is not valid HTTP.',
    });
    socket.end(
      `HTTP/1.1 ${tooLong ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  // A slow or stalled client must not hold a socket for ever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  const issuer = options.issuer ?? `http://${hostForUrl}:${port}`;
  const handler = createOpHandler(options, issuer);
  // Requests are taken once the issuer is known (port 0 picks the port at listen time); none arrive before.
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void serve(handler, req, res).catch((error: unknown) => {
      log(`oidc-playground-op: ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) writeError(res, 500, 'server_error', 'The mock provider failed on this request; it goes on serving others.');
      else res.destroy();
    });
  });
  if (!isLoopback(options.host)) log(`oidc-playground-op: WARNING: listening on ${options.host}, not loopback. Anyone who reaches it can sign in as any user.`);

  return {
    issuer,
    port,
    controlUrl: `${issuer}/__control`,
    handler,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(handler: OpHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return tooLarge(req, res);
  const body = await readBody(req);
  if (body === 'too-large') return tooLarge(req, res);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // The URL's origin is the server's own, whatever Host the client sent: the provider builds nothing from it.
  const request = new Request(new URL(req.url ?? '/', handler.issuer), {
    method: req.method ?? 'GET',
    headers,
    ...(body.length > 0 && req.method !== 'GET' && req.method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
  });
  const response = await handler.handle(request, { remoteAddress: req.socket.remoteAddress ?? '' });
  const outHeaders: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    outHeaders[name] = value;
  });
  const setCookie = response.headers.getSetCookie();
  if (setCookie.length > 0) outHeaders['set-cookie'] = setCookie;
  res.writeHead(response.status, outHeaders);
  res.end(Buffer.from(await response.arrayBuffer()));
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** RFC 6749 §5.2 has no code for it: a 413 with invalid_request, and the connection closed so the rest is not read. */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  writeError(res, 413, 'invalid_request', `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
  res.on('finish', () => req.destroy());
}

function writeError(res: ServerResponse, status: number, error: string, description: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
  res.end(JSON.stringify({ error, error_description: description }));
}
