import { readFileSync } from 'node:fs';
import { readServerOptions, USAGE, wantsHelp } from './server-options';
import { startServer } from './start-server';
import type { RegisteredClient } from '../provider/clients';

/**
 * `oidc-playground-op`: the playground's mock provider as a local HTTP server. Runs until SIGINT or
 * SIGTERM, which close it cleanly (exit 0). A bad option prints what is wrong and exits 2 without starting.
 */
export async function main(args: readonly string[]): Promise<void> {
  if (wantsHelp(args)) {
    console.log(USAGE);
    return;
  }
  const read = readServerOptions(args, (path) => readFileSync(path, 'utf8'));
  if (read.outcome === 'invalid') {
    console.error(`oidc-playground-op: ${read.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { options } = read;
  const server = await startServer(options, (line) => console.error(line));
  console.log(`oidc-playground-op: listening at ${server.issuer}`);
  console.log(`  discovery  ${server.issuer}/.well-known/openid-configuration`);
  for (const client of options.clients) console.log(`  client     ${clientLine(client)}`);
  console.log(`  users      ${options.users.map((u) => u.name).join(', ')}${options.autoLogin ? ' (auto-login as the first)' : ''}`);
  console.log(`  control    ${server.controlUrl} (loopback only)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close().then(
        () => {
          console.log(`oidc-playground-op: stopped (${signal})`);
          process.exit(0);
        },
        () => process.exit(1),
      );
    });
  }
}

/** How a client is listed at start: never its secret, only that it has one. */
export function clientLine(client: RegisteredClient): string {
  const redirects = client.redirectUris.length > 0 ? ` → ${client.redirectUris.join(', ')}` : '';
  if (client.secret === undefined) return `${client.clientId} (public, PKCE)${redirects}`;
  const grants = client.grantTypes?.includes('client_credentials') ? 'client credentials, ' : '';
  return `${client.clientId} (confidential: ${grants}client_secret_basic or client_secret_post; secret not shown)${redirects}`;
}
