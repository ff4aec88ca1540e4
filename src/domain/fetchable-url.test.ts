import { describe, expect, it } from 'vitest';
import { checkFetchableUrl } from './fetchable-url';

describe('checkFetchableUrl', () => {
  it.each(['https://op.example.com/realms/x', 'http://localhost:4455', 'http://127.0.0.1:8080/mock-op', 'http://[::1]:3000', 'http://app.localhost'])('fetches %s', (url) => {
    expect(checkFetchableUrl(url).outcome).toBe('ok');
  });

  it.each([
    ['http://op.example.com', 'plain http'],
    ['javascript:alert(1)', 'javascript:'],
    ['data:application/json,{}', 'data:'],
    ['file:///etc/passwd', 'file:'],
    ['https://user:pw@op.example.com', 'credentials'],
    ['op.example.com', 'not an absolute URL'],
    ['http://127.0.0.1.evil.example', 'plain http'],
  ])('refuses %s', (url, reason) => {
    expect(checkFetchableUrl(url)).toEqual({ outcome: 'refused', message: expect.stringContaining(reason) });
  });
});
