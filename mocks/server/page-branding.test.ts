import { afterEach, describe, expect, it } from 'vitest';
import { checkLogoBytes } from '../../src/domain/mock/branding';
import { DEFAULT_REQUEST } from '../../src/domain/request/composed-request';
import { exportConfiguration } from '../../src/domain/request/configuration-file';
import { readServerOptions } from './server-options';
import { startServer, type RunningServer } from './start-server';
import { REDIRECT_URI, authorizationUrl, discover } from './test-server';

/** An SVG that would run script and fetch if it were inlined; as an <img> it can do neither. */
const HOSTILE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="alert(1)"><script>alert(2)</script><rect width="40" height="40" fill="#a30"/></svg>';
const logo = checkLogoBytes(new TextEncoder().encode(HOSTILE_SVG));
if (logo.outcome !== 'accepted') throw new Error('the test logo must pass the logo checks');

/** The options file exactly as the playground's Export JSON writes it, with branding set in the mock settings. */
const OPTIONS_FILE = exportConfiguration({
  ...DEFAULT_REQUEST,
  mock: { ...DEFAULT_REQUEST.mock, branding: { providerName: 'Acme <ID>', accent: '#aa3300', clientName: 'Acme Shop', logo: logo.dataUrl } },
});

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function loginPageOf(file: string | undefined): Promise<Response> {
  const args = ['--port', '0', '--redirect-uri', REDIRECT_URI, ...(file ? ['--config', 'op.json'] : [])];
  const read = readServerOptions(args, () => file ?? '');
  if (read.outcome === 'invalid') throw new Error(read.message);
  server = await startServer(read.options);
  const { url } = await authorizationUrl(await discover(server));
  return fetch(url, { redirect: 'manual' });
}

describe('the server’s login page, branded from the options file', () => {
  it('carries the provider name, accent, logo and client name of the exported mock settings', async () => {
    const page = await loginPageOf(OPTIONS_FILE);
    const html = await page.text();

    expect(page.status).toBe(200);
    expect(html).toContain('<span class="name">Acme &#60;ID&#62;</span>');
    expect(html).toContain('<title>Sign in · Acme &#60;ID&#62;</title>');
    expect(html).toContain('to continue to Acme Shop');
    expect(html).toContain(':root{--brand-accent:#aa3300;--brand-on-accent:#ffffff}');
    expect(html).toContain(`<img class="logo" src="${logo.dataUrl}" alt="Acme &#60;ID&#62; logo">`);
  });

  it('shows the logo only as an image, under a CSP that runs no script and loads images from data: only', async () => {
    const page = await loginPageOf(OPTIONS_FILE);
    const html = await page.text();
    const csp = page.headers.get('Content-Security-Policy') ?? '';

    // The SVG's markup never reaches the page: only its base64 bytes, inside the <img> src.
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('alert(');
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('img-src data:');
    expect(csp).not.toContain('script-src');
  });

  it('without branding, wears the profile’s neutral look and names the client once', async () => {
    const html = await (await loginPageOf(undefined)).text();

    expect(html).toContain('<span class="name">Mock Hosted Login</span>');
    expect(html).not.toContain('to continue to');
    expect(html).not.toContain('<img');
    expect(html).toContain('--brand-accent:#1f5f8b');
  });
});
