import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { DEV_PROXY_HEADER, DEV_PROXY_SEGMENT, checkProxyCaller, checkProxyIssuer, checkProxyRequest, confirmedHostsOf, type ProxyCheck } from '../src/domain/provider/dev-proxy.ts';
import { parseDiscoveryDocument } from '../src/domain/provider/discovery-document.ts';
import { discoveryUrl } from '../src/domain/provider/discovery-url.ts';
import { proxyRefusalText } from '../src/domain/messages/dev-proxy-messages.ts';

/**
 * The opt-in proxy of the dev server (`npm start` only; `apply: 'serve'`, so no build carries it).
 * Some providers send no CORS headers on their token, userinfo, introspection or revocation
 * endpoints, and a static page cannot call them. This forwards exactly those calls for the issuer
 * the person chose, never anything else:
 *
 * - the caller must be this machine (loopback socket, loopback Host, same-origin Origin) and send the
 *   `x-playground-proxy` header, which no other site's page can send without a preflight (never approved);
 * - the proxy fetches the issuer's discovery document itself, on every call, and checks it with the
 *   playground's own parser (issuer equality, the URL rule); the target must be one of the four
 *   endpoints it names (src/domain/provider/dev-proxy.ts), with that endpoint's method; the issuer
 *   passes the URL rule before anything is fetched; an endpoint on another host than the issuer's is
 *   forwarded to only when the page says the person confirmed that host (`hosts`);
 * - only the headers the protocol needs go out, redirects are not followed, and the answer is marked
 *   `x-playground-proxy: forwarded` so the results can say which calls went through it.
 *
 * `GET <base>__playground-proxy/status` tells the app the proxy is offered; everything else under
 * that path is refused with a JSON error saying why.
 */
const FORWARDED_REQUEST_HEADERS = ['accept', 'authorization', 'content-type', 'dpop'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'cache-control', 'pragma', 'www-authenticate', 'dpop-nonce'];
const TIMEOUT_MS = 15_000;
const MAX_BODY_BYTES = 64 * 1024;

export function devProxyPlugin(): Plugin {
  return {
    name: 'oidc-playground:dev-proxy',
    apply: 'serve',
    configureServer(server) {
      const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
      const prefix = `${base}${DEV_PROXY_SEGMENT}/`;
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith(prefix)) return next();
        handle(request, response, request.url.slice(prefix.length)).catch((error: unknown) => {
          if (!response.headersSent) reply(response, 502, { error: 'proxy_failed', error_description: `The local proxy failed: ${String(error)}` });
        });
      });
    },
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, rest: string): Promise<void> {
  const caller = checkProxyCaller({
    remoteAddress: request.socket.remoteAddress,
    host: request.headers.host,
    origin: typeof request.headers.origin === 'string' ? request.headers.origin : undefined,
    // The status probe is a plain GET from the page; it reveals nothing and forwards nothing.
    marked: request.headers[DEV_PROXY_HEADER] === '1' || (rest === 'status' && request.method === 'GET'),
  });
  if (caller) return refuse(response, caller);
  if (rest === 'status' && request.method === 'GET') return reply(response, 200, { offered: true, loopbackOnly: true, forwards: ['token', 'userinfo', 'introspection', 'revocation'] });
  const url = new URL(rest, 'http://proxy.invalid/');
  if (url.pathname !== '/forward') return reply(response, 404, { error: 'proxy_refused', error_description: 'The local proxy has no such route.' });
  const issuer = url.searchParams.get('issuer') ?? '';
  const target = url.searchParams.get('target') ?? '';
  const method = request.method ?? 'GET';

  // The URL rule first: nothing is fetched for an issuer the playground would not talk to.
  const issuerRefused = checkProxyIssuer(issuer);
  if (issuerRefused) return refuse(response, issuerRefused);
  // The proxy's own copy of the discovery document: what the page says is never trusted.
  const at = discoveryUrl(issuer);
  let text: string;
  try {
    const answer = await fetch(at, { headers: { Accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!answer.ok) return reply(response, 502, { error: 'proxy_refused', error_description: `The local proxy asked ${at} for the issuer's discovery document and got HTTP ${answer.status}.` });
    text = await answer.text();
  } catch (error) {
    return reply(response, 502, { error: 'proxy_refused', error_description: `The local proxy could not fetch the issuer's discovery document from ${at}: ${String(error)}.` });
  }
  const parsed = parseDiscoveryDocument(text, issuer);
  if (parsed.outcome !== 'valid') return reply(response, 502, { error: 'proxy_refused', error_description: `The local proxy refused the call: ${parsed.message}` });
  // Hosts other than the issuer's: only those the page listed and the person confirmed.
  const decision = checkProxyRequest({ issuer, target, method, confirmedHosts: confirmedHostsOf(url.searchParams) }, parsed.document);
  if (decision.outcome === 'refused') return refuse(response, decision);

  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
  if (body === 'too-large') return reply(response, 413, { error: 'proxy_refused', error_description: `The local proxy forwards bodies of up to ${MAX_BODY_BYTES} bytes.` });
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  let upstream: Response;
  try {
    upstream = await fetch(target, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    return reply(response, 502, { error: 'proxy_failed', error_description: `The local proxy got no answer from ${target}: ${String(error)}.` });
  }
  if (upstream.status >= 300 && upstream.status < 400) {
    return reply(response, 502, { error: 'proxy_refused', error_description: `${target} answered with a redirect (HTTP ${upstream.status}); the local proxy does not follow redirects.` });
  }
  const out: Record<string, string> = { [DEV_PROXY_HEADER]: 'forwarded', 'cache-control': 'no-store' };
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) out[name] = value;
  }
  response.writeHead(upstream.status, out);
  response.end(Buffer.from(await upstream.arrayBuffer()));
}

/** The request body as text (token, introspection and revocation calls send forms; userinfo may). */
async function readBody(request: IncomingMessage): Promise<string | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function refuse(response: ServerResponse, check: Extract<ProxyCheck, { outcome: 'refused' }>): void {
  reply(response, 403, { error: 'proxy_refused', reason: check.reason, error_description: proxyRefusalText(check.reason, check.detail) });
}

function reply(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', [DEV_PROXY_HEADER]: 'refused' });
  response.end(JSON.stringify(body));
}
