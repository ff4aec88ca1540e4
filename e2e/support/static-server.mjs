// A plain static file server, as the dumbest static host would be: files only, under one base path,
// no single-page fallback and no rewrite rules. A directory without its trailing slash is redirected
// to it (query kept), as nginx, GitHub Pages and `python -m http.server` do; a directory is served
// by its index.html; anything else is a bare 404.
// `node e2e/support/static-server.mjs --root dist-subpath --base /oidc-playground/ [--port 4180]`
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string' }, base: { type: 'string' }, port: { type: 'string' } } });
const root = resolve(values.root ?? 'dist');
const base = values.base ?? '/';
const port = Number(values.port ?? process.env.E2E_STATIC_PORT ?? 4180);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function fileStat(path) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function notFound(response) {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('404 Not Found\n');
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://static.invalid');
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) return notFound(response);
  const relative = normalize(pathname.slice(base.length));
  const path = join(root, relative);
  // normalize() resolves "..": a path that leaves the root is refused.
  if (path !== root && !path.startsWith(root + sep)) return notFound(response);
  let stat = fileStat(path);
  if (stat?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return response.end();
    }
    stat = fileStat(join(path, 'index.html'));
    if (!stat?.isFile()) return notFound(response);
    return send(response, join(path, 'index.html'));
  }
  if (!stat?.isFile()) return notFound(response);
  return send(response, path);
});

function send(response, path) {
  response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  createReadStream(path).pipe(response);
}

// --port 0 takes a free port; the line below says which (e2e/support/second-origin.ts reads it).
server.listen(port, '127.0.0.1', () => console.log(`static files of ${root} at http://127.0.0.1:${server.address().port}${base}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
