import { describe, expect, it } from 'vitest';
import type { AuthorizeRequest } from '../provider/authorize';
import { endSessionPage, errorPage, escapeHtml, loginPage } from './login-page';

const request = { clientId: '<b>spa</b>', scopes: ['openid', 'email'], loginHint: '"><script>x</script>' } as unknown as AuthorizeRequest;
const users = [
  { name: 'full', label: 'Karim <full>', profile: { uuid: 'a' } },
  { name: 'minimal', label: 'Mina', profile: { uuid: 'b' } },
];

describe('the server’s pages', () => {
  it('escape every value the request brought', () => {
    const html = loginPage('a=1&b="2"', request, 'no-session', users);

    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>spa</b>');
    expect(html).toContain('&#60;b&#62;spa&#60;/b&#62;');
    expect(html).toContain('value="a=1&#38;b=&#34;2&#34;"');
    expect(errorPage('invalid_request', '<img src=x onerror=alert(1)>')).not.toContain('<img');
    expect(endSessionPage('state="><x>')).not.toContain('"><x>');
  });

  it('offers the users in order, the first chosen, with the contract test ids on the buttons', () => {
    const html = loginPage('', request, 'no-session', users);

    expect(html).toMatch(/<option value="full" selected>Karim &#60;full&#62;<\/option><option value="minimal">Mina<\/option>/);
    expect(html).toContain('data-testid="mock-login-submit"');
    expect(html).toContain('data-testid="mock-login-deny"');
  });

  it('says why the page shows when a session exists', () => {
    expect(loginPage('', request, 'prompt-login', users)).toContain('class="notice"');
    expect(loginPage('', request, 'no-session', users)).not.toContain('class="notice"');
  });

  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&#38;&#60;&#62;&#34;&#39;');
  });
});
