import { test, expect, TEST_IDS } from './fixtures';

test('URL parameters compose the request and autostart + autologin run it unattended', async ({ page, results }) => {
  const claims = encodeURIComponent('{"id_token":{"email":null}}');
  await page.goto(`/?scope=openid%20email%20address&allowed_scopes=openid%20email&claims=${claims}&autostart=1&autologin=1`);
  await results.waitForRun();

  expect(await results.scopeOutcomes()).toEqual({ openid: 'granted', email: 'granted', address: 'dropped-by-policy' });
  const payload = await results.json(TEST_IDS.idTokenPayload);
  expect(payload.email).toBe('karim.nafir@mail.com');
});

test('a behaviour profile from the URL changes where scope claims land', async ({ page, results }) => {
  await page.goto('/?scope=openid%20email&profile=next-identity&autostart=1&autologin=1');
  await results.waitForRun();
  const payload = await results.json(TEST_IDS.idTokenPayload);
  const userinfo = await results.json(TEST_IDS.userinfoResponse);
  expect(payload.email).toBe('karim.nafir@mail.com');
  expect(userinfo.global_sub).toBeUndefined();
});
