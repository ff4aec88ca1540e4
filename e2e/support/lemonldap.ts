/**
 * LemonLDAP::NG (Debian's `liblemonldap-ng-portal-perl` 2.16) on loopback: a second, independent
 * OpenID Provider, written in Perl, for e2e/second-provider.spec.ts. Installed by
 * scripts/install-lemonldap.sh; started on demand by e2e/support/servers.ts (e2e/support/lemonldap-main.mjs).
 *
 * Nothing under /etc or /var/lib is read or written: everything the portal reads is written here
 * into one temporary directory — the ini file (named by LLNG_DEFAULTCONFFILE), the configuration
 * (lmConf-1.json, the format the Manager writes), session, cache and consent stores, and a PSGI app
 * that serves the portal (index.psgi as Debian ships it) plus its static files with plackup and
 * Starman, so no
 * Apache, nginx or FastCGI server is needed.
 *
 * What the configuration says:
 * - Demo authentication: dwho, rtyler and msmith, each with the password equal to the login.
 * - The OIDC issuer, with an RSA key generated at start (RS256, kid `llng-e2e-rs256`). The issuer is
 *   `http://127.0.0.1:<port>`, with no trailing slash.
 * - One public client (PKCE required, no secret) whose only redirect URI is the app's /callback.
 *   Consent is bypassed: the portal's login page is the only page a person sees.
 * - A scope rule `phone` → `0`: the client may never have `phone`. LemonLDAP::NG drops such a scope
 *   from the grant (Lib/OpenIDConnect.pm getScope) and says so only through the token response's
 *   `scope`; it has no way to refuse it with `invalid_scope` at the authorization endpoint (that error
 *   exists only for the password and client-credentials grants).
 * - Claims follow the granted scopes (oidcServiceIgnoreScopeForClaims = 0), from the Demo user's
 *   attributes: `name` ← cn, `email` ← mail, `preferred_username` ← uid.
 * - CORS allowed for the app origin only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LLNG_PORT = Number(process.env.E2E_LLNG_PORT ?? 4600);
export const LLNG_ISSUER = `http://127.0.0.1:${LLNG_PORT}`;
export const LLNG_APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 4173}`;
export const LLNG_CLIENT_ID = 'playground-llng';
/** The scope the client may never have: a scope rule drops it. */
export const LLNG_DROPPED_SCOPE = 'phone';
/** Demo backend users: the password is the login. */
export const LLNG_USERS = {
  dwho: { name: 'Doctor Who', email: 'dwho@badwolf.org' },
  rtyler: { name: 'Rose Tyler', email: 'rtyler@badwolf.org' },
  msmith: { name: 'Mickey Smith', email: 'msmith@badwolf.org' },
} as const;
/** The portal's login form (templates/bootstrap/standardform.tpl). */
export const LLNG_LOGIN_PAGE = { login: 'user', password: 'password', submit: 'Sign in' } as const;

const PORTAL_PSGI = '/usr/share/lemonldap-ng/portal/htdocs/index.psgi';
const PORTAL_STATIC = '/usr/share/lemonldap-ng/portal/htdocs';
const DEBIAN_JAVASCRIPT = '/usr/share';

export interface LemonldapOptions {
  port?: number;
  appOrigin?: string;
}

export interface Lemonldap {
  issuer: string;
  dir: string;
  process: ChildProcess;
  close(): Promise<void>;
}

/** Everything the portal reads, written into `dir`. Returns the path of the ini file. */
export function writeLemonldapConfig(dir: string, { port = LLNG_PORT, appOrigin = LLNG_APP_ORIGIN }: LemonldapOptions = {}): string {
  const issuer = `http://127.0.0.1:${port}`;
  for (const sub of ['conf', 'sessions/lock', 'psessions/lock', 'cache', 'notifications']) mkdirSync(join(dir, sub), { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const ini = `[all]
logLevel = ${process.env.LLNG_LOG_LEVEL ?? 'error'}
checkTime = 1

[configuration]
type = File
dirName = ${join(dir, 'conf')}
prettyPrint = 1
localStorage = Cache::FileCache
localStorageOptions = { 'namespace' => 'lemonldap-ng-config', 'default_expires_in' => 600, 'cache_root' => '${join(dir, 'cache')}', 'cache_depth' => 3 }

[portal]
staticPrefix = /static
templateDir = /usr/share/lemonldap-ng/portal/templates
languages = en
`;
  const iniPath = join(dir, 'lemonldap-ng.ini');
  writeFileSync(iniPath, ini);

  const conf = {
    cfgNum: 1,
    cfgVersion: '2.16.1',
    cfgAuthor: 'e2e/support/lemonldap.ts',
    cfgDate: String(Math.floor(Date.now() / 1000)),
    portal: `${issuer}/`,
    domain: '127.0.0.1',
    cookieName: 'llngE2e',
    securedCookie: 0,
    timeout: 72000,
    authentication: 'Demo',
    userDB: 'Same',
    demoExportedVars: { cn: 'cn', mail: 'mail', uid: 'uid' },
    exportedVars: {},
    // The handler's rules (no application is protected here); its default is not keyed by virtual host.
    locationRules: { '127.0.0.1': { default: 'accept' } },
    exportedHeaders: {},
    groups: {},
    macros: {},
    whatToTrace: 'uid',
    loginHistoryEnabled: 0,
    notification: 0,
    portalSkin: 'bootstrap',
    // The portal loads a captcha module at start even with every captcha off (Portal/Main/Init.pm);
    // its default needs ImageMagick. This one does nothing (written below).
    captcha: 'LlngE2e::NoCaptcha',
    globalStorage: 'Apache::Session::File',
    globalStorageOptions: {
      Directory: join(dir, 'sessions'),
      LockDirectory: join(dir, 'sessions/lock'),
      generateModule: 'Lemonldap::NG::Common::Apache::Session::Generate::SHA256',
    },
    persistentStorage: 'Apache::Session::File',
    persistentStorageOptions: { Directory: join(dir, 'psessions'), LockDirectory: join(dir, 'psessions/lock') },
    localSessionStorage: 'Cache::FileCache',
    localSessionStorageOptions: { namespace: 'lemonldap-ng-sessions', default_expires_in: 600, cache_root: join(dir, 'cache'), cache_depth: 3 },
    corsEnabled: 1,
    corsAllow_Origin: appOrigin,
    corsAllow_Credentials: 'false',
    corsAllow_Headers: 'Authorization,Content-Type',
    corsAllow_Methods: 'GET,POST,OPTIONS',
    corsExpose_Headers: 'WWW-Authenticate',
    corsMax_Age: '86400',
    issuerDBOpenIDConnectActivation: 1,
    oidcServiceMetaDataIssuer: issuer,
    oidcServicePrivateKeySig: privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
    oidcServicePublicKeySig: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    oidcServiceKeyIdSig: 'llng-e2e-rs256',
    oidcServiceIgnoreScopeForClaims: 0,
    oidcServiceAllowAuthorizationCodeFlow: 1,
    oidcRPMetaDataOptions: {
      playground: {
        oidcRPMetaDataOptionsClientID: LLNG_CLIENT_ID,
        oidcRPMetaDataOptionsDisplayName: 'OIDC playground (e2e)',
        oidcRPMetaDataOptionsPublic: 1,
        oidcRPMetaDataOptionsRequirePKCE: 1,
        oidcRPMetaDataOptionsRedirectUris: `${appOrigin}/callback`,
        oidcRPMetaDataOptionsPostLogoutRedirectUris: `${appOrigin}/`,
        oidcRPMetaDataOptionsIDTokenSignAlg: 'RS256',
        oidcRPMetaDataOptionsBypassConsent: 1,
        oidcRPMetaDataOptionsAllowOffline: 1,
        oidcRPMetaDataOptionsUserIDAttr: 'uid',
      },
    },
    oidcRPMetaDataExportedVars: { playground: { name: 'cn', email: 'mail', preferred_username: 'uid' } },
    oidcRPMetaDataScopeRules: { playground: { [LLNG_DROPPED_SCOPE]: '0' } },
  };
  writeFileSync(join(dir, 'conf', 'lmConf-1.json'), JSON.stringify(conf, null, 2));

  mkdirSync(join(dir, 'lib/LlngE2e'), { recursive: true });
  writeFileSync(
    join(dir, 'lib/LlngE2e/NoCaptcha.pm'),
    `package LlngE2e::NoCaptcha;
use strict;
use Mouse;
extends 'Lemonldap::NG::Portal::Main::Plugin';
sub init { 1 }
sub init_captcha { 1 }
sub check_captcha { 1 }
1;
`,
  );

  // Debian's index.psgi, plus the portal's static files and the Debian JavaScript libraries its
  // templates link (/javascript/bootstrap4, /javascript/jquery …), which Apache would alias.
  writeFileSync(
    join(dir, 'portal.psgi'),
    `use strict;
use Plack::Builder;
use Plack::Util;
my $portal = Plack::Util::load_psgi('${PORTAL_PSGI}');
builder {
  enable 'Static', path => qr{^/static/}, root => '${PORTAL_STATIC}';
  enable 'Static', path => qr{^/javascript/}, root => '${DEBIAN_JAVASCRIPT}';
  $portal;
};
`,
  );
  return iniPath;
}

/** Writes the configuration into a fresh temporary directory and starts the portal with plackup. */
export async function startLemonldap(options: LemonldapOptions = {}): Promise<Lemonldap> {
  const port = options.port ?? LLNG_PORT;
  const dir = mkdtempSync(join(tmpdir(), 'llng-e2e-'));
  const ini = writeLemonldapConfig(dir, { ...options, port });
  // Starman preforks: a single-process server would hang on a browser's idle keep-alive connection.
  // The portal is initialised once, before the fork, so that no worker pays for it during a test.
  const args = ['-I', join(dir, 'lib'), '-s', 'Starman', '--workers', '3', '--preload-app', '--host', '127.0.0.1', '--port', String(port), '-E', 'deployment', '--app', join(dir, 'portal.psgi')];
  const child = spawn('plackup', args, {
    env: { ...process.env, LLNG_DEFAULTCONFFILE: ini },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    issuer: `http://127.0.0.1:${port}`,
    dir,
    process: child,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
