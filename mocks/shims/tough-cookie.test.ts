import { describe, expect, it } from 'vitest';
import { Cookie, CookieJar, MemoryCookieStore, COOKIES_REFUSED } from './tough-cookie';

describe('the cookie jar that stands in for tough-cookie in the app build', () => {
  it('holds no cookies for any URL', () => {
    const jar = new CookieJar(new MemoryCookieStore());

    expect(jar.getCookiesSync()).toEqual([]);
  });

  it('refuses a cookie with a message that names the alias', async () => {
    const jar = new CookieJar(new MemoryCookieStore());

    await expect(jar.setCookie()).rejects.toThrow(COOKIES_REFUSED);
  });

  it('restores nothing from an earlier page load', () => {
    expect(Cookie.fromJSON()).toBeNull();
  });
});
