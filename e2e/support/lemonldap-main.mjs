// Starts LemonLDAP::NG (e2e/support/lemonldap.ts) on loopback for e2e/support/servers.ts, or by hand:
// `node e2e/support/lemonldap-main.mjs [--port 4600] [--app-origin URL]`. Needs Debian's packages
// (scripts/install-lemonldap.sh); without them it says what to run and exits non-zero.
// Like real-provider-main.mjs, the TypeScript module is stripped of its types with Vite's transformer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { transformWithOxc } from 'vite';

const { values } = parseArgs({ options: { port: { type: 'string' }, 'app-origin': { type: 'string' } } });

const installer = fileURLToPath(new URL('../../scripts/install-lemonldap.sh', import.meta.url));
try {
  execFileSync(installer, ['--quiet'], { stdio: 'inherit' });
} catch {
  process.exit(1);
}

const source = fileURLToPath(new URL('./lemonldap.ts', import.meta.url));
const { code, errors } = await transformWithOxc(readFileSync(source, 'utf8'), source);
if (errors.length) throw new Error(`lemonldap.ts: ${errors.map((e) => e.message).join('; ')}`);
const tmpDir = fileURLToPath(new URL('../../node_modules/.tmp/', import.meta.url));
mkdirSync(tmpDir, { recursive: true });
const compiled = `${tmpDir}lemonldap-${process.pid}.mjs`;
writeFileSync(compiled, code);
let mod;
try {
  mod = await import(pathToFileURL(compiled).href);
} finally {
  rmSync(compiled, { force: true });
}

const port = Number(values.port ?? mod.LLNG_PORT);
const appOrigin = values['app-origin'] ?? mod.LLNG_APP_ORIGIN;
const llng = await mod.startLemonldap({ port, appOrigin });
console.log(
  [
    `LemonLDAP::NG portal starting at ${llng.issuer} (configuration in ${llng.dir})`,
    `  Open the playground at ${appOrigin}, choose a real provider and type:`,
    `    Issuer     ${llng.issuer}`,
    `    Client ID  ${mod.LLNG_CLIENT_ID}   (public client: PKCE, no secret)`,
    `  Sign in as dwho / dwho (or rtyler, msmith: the password is the login). Ctrl-C stops it.`,
  ].join('\n'),
);

llng.process.once('exit', (codeOrNull) => {
  rmSync(llng.dir, { recursive: true, force: true });
  process.exit(codeOrNull ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    llng.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
