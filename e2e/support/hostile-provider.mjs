// A hostile OpenID Provider on loopback, for e2e/hostile-provider.spec.ts. Each attack is an issuer of
// its own, `http://127.0.0.1:<port>/<attack>`, whose discovery, token or userinfo answers carry it.
// The rest is a minimal working provider (authorize answers at once, RS256 id_tokens, CORS open), so
// the attacks that need a finished sign-in reach the playground's callback.
// `node e2e/support/hostile-provider.mjs [--port 4466]`; runs until killed.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port ?? process.env.E2E_HOSTILE_PORT ?? 4466);
const origin = `http://127.0.0.1:${port}`;
/** Another origin for the same server: what a cross-origin redirect points at. */
const otherOrigin = `http://localhost:${port}`;

const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'hostile-1', alg: 'RS256', use: 'sig' };
const SCRIPT = "javascript:document.title='pwned';window.__pwned=1;void 0";

/** Discovery members each attack overrides. */
const DISCOVERY_ATTACKS = {
  'javascript-authorize': { authorization_endpoint: SCRIPT },
  'javascript-end-session': { end_session_endpoint: SCRIPT },
  'data-token': { token_endpoint: 'data:application/json,{"access_token":"x","token_type":"Bearer"}' },
  'relative-token': { token_endpoint: '/token' },
  'javascript-jwks': { jwks_uri: SCRIPT },
};

function deeplyNested(depth) {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'authorization, content-type',
    'Content-Type': 'application/json',
    ...headers,
  });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

async function idToken(issuer, clientId, nonce, extra = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ nonce, ...extra })
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
    .setIssuer(issuer)
    .setSubject('hostile-user')
    .setAudience(clientId)
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(privateKey);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, origin);
  const [, attack, ...rest] = url.pathname.split('/');
  const endpoint = rest.join('/');
  const issuer = `${origin}/${attack}`;
  if (req.method === 'OPTIONS') return send(res, 204, '');
  if (url.pathname === '/') return send(res, 200, { attacks: [...Object.keys(DISCOVERY_ATTACKS), 'deep-userinfo', 'huge-id-token', 'redirecting-token', 'html-claims'] });

  switch (endpoint) {
    case '.well-known/openid-configuration':
      return send(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        end_session_endpoint: `${issuer}/end-session`,
        scopes_supported: ['openid', 'profile', 'email'],
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
        id_token_signing_alg_values_supported: ['RS256'],
        ...(DISCOVERY_ATTACKS[attack] ?? {}),
      });
    case 'authorize': {
      // Signs in at once; the nonce travels inside the code so the token endpoint can echo it.
      const code = Buffer.from(JSON.stringify({ nonce: url.searchParams.get('nonce'), clientId: url.searchParams.get('client_id') })).toString('base64url');
      const back = new URL(url.searchParams.get('redirect_uri'));
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { Location: back.toString() });
      return res.end();
    }
    case 'token': {
      if (attack === 'redirecting-token') {
        res.writeHead(307, { Location: `${otherOrigin}/${attack}/token-elsewhere`, 'Access-Control-Allow-Origin': '*' });
        return res.end();
      }
      const form = new URLSearchParams(await readBody(req));
      const { nonce, clientId } = JSON.parse(Buffer.from(form.get('code') ?? '', 'base64url').toString() || '{}');
      const extra = attack === 'huge-id-token' ? { padding: 'x'.repeat(1_000_000) } : attack === 'html-claims' ? { name: '<img src=x onerror="window.__pwned=1">' } : {};
      return send(res, 200, {
        access_token: 'hostile-access-token-0001',
        token_type: 'Bearer',
        expires_in: 600,
        scope: 'openid',
        id_token: await idToken(issuer, clientId, nonce, extra),
      });
    }
    case 'token-elsewhere':
      return send(res, 200, { access_token: 'from-elsewhere', token_type: 'Bearer', id_token: 'x.y.z' });
    case 'userinfo':
      if (attack === 'deep-userinfo') return send(res, 200, `{"sub":"hostile-user","deep":${deeplyNested(100_000)}}`);
      if (attack === 'html-claims') return send(res, 200, { sub: 'hostile-user', name: '<script>window.__pwned=1</script>', picture: 'javascript:window.__pwned=1' });
      return send(res, 200, { sub: 'hostile-user' });
    case 'jwks':
      return send(res, 200, { keys: [jwk] });
    default:
      return send(res, 404, { error: 'not_found' });
  }
});

server.listen(port, '127.0.0.1', () => console.log(`hostile provider on ${origin}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
