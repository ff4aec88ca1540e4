import { describe, expect, it } from 'vitest';
import { curlCommand, maskRequest, shellQuote } from './curl-command';

const tokenRequest = {
  method: 'POST',
  url: 'https://op.test/mock-op/token',
  requestHeaders: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', accept: 'application/json' },
  requestBody: 'grant_type=authorization_code&code=abcdefghijklmn&redirect_uri=https%3A%2F%2Fop.test%2Fcallback&code_verifier=0123456789abcdefghijklmnopqrstuvwxyzABCDEFG&client_id=playground',
};

describe('curlCommand', () => {
  it('turns off curl URL globbing, so {a,b} or [1-3] in a recorded URL is one request, not several each with the token', () => {
    const request = { method: 'GET', url: 'https://op.test/api/{a,b}/[1-3]', requestHeaders: { authorization: 'Bearer rb5bzkygqs5ahevp' }, requestBody: undefined };

    expect(curlCommand(request, { reveal: true }).split(' \\\n')[0]).toBe("curl --globoff 'https://op.test/api/{a,b}/[1-3]'");
  });

  it('repeats a form POST as sent when revealed: URL, headers and raw body, one per line', () => {
    expect(curlCommand(tokenRequest, { reveal: true })).toBe(
      [
        "curl --globoff 'https://op.test/mock-op/token'",
        "  -H 'content-type: application/x-www-form-urlencoded;charset=UTF-8'",
        "  -H 'accept: application/json'",
        `  --data-raw '${tokenRequest.requestBody}'`,
      ].join(' \\\n'),
    );
  });

  it('masks the code and the PKCE verifier unless revealed, and keeps every other parameter as sent', () => {
    const command = curlCommand(tokenRequest, { reveal: false });

    expect(command).not.toContain('abcdefghijklmn');
    expect(command).not.toContain('0123456789abcdefghijklmnopqrstuvwxyzABCDEFG');
    expect(command).toContain('code=abcdef…(14 chars)');
    expect(command).toContain('grant_type=authorization_code&');
    expect(command).toContain('redirect_uri=https%3A%2F%2Fop.test%2Fcallback&');
  });

  it('masks a Bearer token but keeps the scheme', () => {
    const userinfo = { method: 'GET', url: 'https://op.test/mock-op/userinfo', requestHeaders: { authorization: 'Bearer rb5bzkygqs5ahevp' }, requestBody: undefined };

    expect(curlCommand(userinfo, { reveal: false })).toBe("curl --globoff 'https://op.test/mock-op/userinfo' \\\n  -H 'authorization: Bearer rb5bzk…(16 chars)'");
    expect(curlCommand(userinfo, { reveal: true })).toContain("-H 'authorization: Bearer rb5bzkygqs5ahevp'");
  });

  it('masks credentials in a query and in a JSON body', () => {
    const masked = maskRequest({
      method: 'PUT',
      url: 'https://op.test/end-session?id_token_hint=eyJhbGciOiJSUzI1NiJ9.e30.sig&post_logout_redirect_uri=x',
      requestHeaders: {},
      requestBody: '{"token":"0123456789abcdef","nested":{"refresh_token":"01234567890123456789"},"keep":"me"}',
    });

    expect(masked.url).toBe('https://op.test/end-session?id_token_hint=eyJhbG…(28 chars)&post_logout_redirect_uri=x');
    expect(JSON.parse(masked.requestBody!)).toEqual({ token: '012345…(16 chars)', nested: { refresh_token: '012345…(20 chars)' }, keep: 'me' });
  });

  it('says the method when it is not implied, and sends no body for a GET', () => {
    expect(curlCommand({ method: 'DELETE', url: 'https://op.test/x', requestHeaders: {}, requestBody: undefined }, { reveal: true })).toBe("curl --globoff -X 'DELETE' 'https://op.test/x'");
  });

  it('keeps a single quote in a value from ending the argument', () => {
    const command = curlCommand({ method: 'POST', url: "https://op.test/t?q=it's", requestHeaders: {}, requestBody: "a='; rm -rf / #" }, { reveal: true });

    expect(command).toContain(`'https://op.test/t?q=it'\\''s'`);
    expect(command).toContain(`--data-raw 'a='\\''; rm -rf / #'`);
  });
});

describe('shellQuote', () => {
  it('wraps in single quotes, where $, backticks and backslashes mean nothing', () => {
    expect(shellQuote('$(id) `id` \\n')).toBe("'$(id) `id` \\n'");
  });
});
