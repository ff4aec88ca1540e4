import { describe, expect, it } from 'vitest';
import { checkProviderUrl, isLoopbackHost } from './provider-url';

describe('checkProviderUrl', () => {
  it.each([
    'https://login.example.com/authorize',
    'https://login.example.com:8443/oauth2/v1/token?x=1',
    'http://localhost:8080/authorize',
    'http://127.0.0.1:4455/token',
    'http://127.1.2.3/token',
    'http://[::1]:9000/jwks',
  ])('allows %s', (value) => {
    expect(checkProviderUrl(value, 'token_endpoint').outcome).toBe('allowed');
  });

  it.each([
    ['javascript:alert(document.domain)', 'scheme'],
    ['JavaScript:alert(1)', 'scheme'],
    [' javascript:alert(1)', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['vbscript:msgbox(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['blob:https://example.com/1234', 'scheme'],
    ['ftp://example.com/x', 'scheme'],
    ['/authorize', 'not-absolute'],
    ['//evil.example/authorize', 'not-absolute'],
    ['authorize', 'not-absolute'],
    ['', 'not-absolute'],
    ['http://login.example.com/authorize', 'http-not-loopback'],
    ['http://10.0.0.1/authorize', 'http-not-loopback'],
    ['http://127.0.0.1.evil.example/authorize', 'http-not-loopback'],
    ['https://user:pass@login.example.com/', 'credentials'],
  ] as const)('refuses %s (%s)', (value, reason) => {
    const check = checkProviderUrl(value, 'authorization_endpoint');
    expect(check).toMatchObject({ outcome: 'refused', reason });
  });

  it('refuses a value that is not a string', () => {
    expect(checkProviderUrl({ href: 'https://x' }, 'jwks_uri')).toMatchObject({ outcome: 'refused', reason: 'not-a-string' });
    expect(checkProviderUrl(undefined, 'jwks_uri')).toMatchObject({ outcome: 'refused', reason: 'not-a-string' });
  });

  it('names the member and quotes the value, shortened', () => {
    const check = checkProviderUrl(`javascript:${'a'.repeat(500)}`, 'end_session_endpoint');
    if (check.outcome !== 'refused') throw new Error('expected a refusal');
    expect(check.message).toContain('"end_session_endpoint"');
    expect(check.message).toContain('"javascript:aaaa');
    expect(check.message.length).toBeLessThan(300);
  });

  it('allows the app’s own origin over plain http (the built-in mock on a LAN host)', () => {
    expect(checkProviderUrl('http://devbox.lan:5173/mock-op/token', 'token_endpoint', { trustedOrigin: 'http://devbox.lan:5173' }).outcome).toBe('allowed');
    expect(checkProviderUrl('http://other.lan:5173/token', 'token_endpoint', { trustedOrigin: 'http://devbox.lan:5173' }).outcome).toBe('refused');
  });

  it('does not let a javascript: URL pass as the trusted origin (its origin is "null")', () => {
    expect(checkProviderUrl('javascript:alert(1)', 'x', { trustedOrigin: 'null' }).outcome).toBe('refused');
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback names and addresses only', () => {
    expect(['localhost', '127.0.0.1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['localhost.evil.example', '128.0.0.1', '0.0.0.0', 'example.com'].some(isLoopbackHost)).toBe(false);
  });
});
