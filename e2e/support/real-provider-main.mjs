// Starts the loopback OpenID Provider of e2e/support/real-provider.ts standalone, for the e2e suite
// (started by e2e/support/servers.ts) or by hand (`npm run provider`): `node e2e/support/real-provider-main.mjs [--port 4455] [--app-origin URL]`.
// Node 20 cannot run TypeScript: the one file is stripped of its types with Vite's transformer (vite is
// already a dev dependency) into node_modules/.tmp, imported from there, and the copy removed.
// It runs until killed; SIGINT/SIGTERM close the server first.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { transformWithOxc } from 'vite';

// --no-cors-app-origin (repeatable): another origin of the playground, registered but not allowed by CORS.
const { values } = parseArgs({ options: { port: { type: 'string' }, 'app-origin': { type: 'string' }, 'no-cors-app-origin': { type: 'string', multiple: true } } });
const port = Number(values.port ?? process.env.REAL_PROVIDER_PORT ?? 4455);
const appOrigin = values['app-origin'] ?? process.env.REAL_PROVIDER_APP_ORIGIN;

const source = fileURLToPath(new URL('./real-provider.ts', import.meta.url));
const { code, errors } = await transformWithOxc(readFileSync(source, 'utf8'), source);
if (errors.length) throw new Error(`real-provider.ts: ${errors.map((e) => e.message).join('; ')}`);
// Inside node_modules so that `oidc-provider` resolves from it as it does from the source.
const tmpDir = fileURLToPath(new URL('../../node_modules/.tmp/', import.meta.url));
mkdirSync(tmpDir, { recursive: true });
const compiled = `${tmpDir}real-provider-${process.pid}.mjs`;
writeFileSync(compiled, code);
let startRealProvider, REAL_CLIENT_ID, REAL_CONFIDENTIAL_CLIENTS, REAL_TEST_USER, REAL_PROVIDER_APP_ORIGIN;
try {
  ({ startRealProvider, REAL_CLIENT_ID, REAL_CONFIDENTIAL_CLIENTS, REAL_TEST_USER, REAL_PROVIDER_APP_ORIGIN } = await import(pathToFileURL(compiled).href));
} finally {
  rmSync(compiled, { force: true });
}

const provider = await startRealProvider({ port, ...(appOrigin ? { appOrigin } : {}), noCorsAppOrigins: values['no-cors-app-origin'] ?? [] });
console.log(`oidc-provider listening at ${provider.issuer}`);
// What to type into the playground's provider settings (`npm run provider`, docs/real-providers.md).
console.log(
  [
    '',
    `  Open the playground at ${appOrigin ?? REAL_PROVIDER_APP_ORIGIN} (only that origin is registered and allowed by CORS), choose a real provider and type:`,
    `    Issuer     ${provider.issuer}`,
    `    Client ID  ${REAL_CLIENT_ID}   (public client: PKCE, no secret)`,
    ...Object.entries(REAL_CONFIDENTIAL_CLIENTS).map(
      ([method, { clientId, secret }]) => `    or         ${clientId}   (confidential, ${method}; client secret ${secret})`,
    ),
    `  Sign in as ${REAL_TEST_USER.login} with any password. Ctrl-C stops the provider.`,
    '',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    provider.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
