import { test, expect, TEST_IDS } from './fixtures';

// The reference's claims example: only `openid` is requested, yet gender arrives in the
// id_token and at userinfo because the claims parameter asks for it in both places.
test('gender asked for through the claims parameter arrives in the id_token and at userinfo', async ({ compose, login, results }) => {
  await compose.open();
  await compose.requestScopes(['openid']);
  await compose.typeClaims('{"userinfo":{"gender":null},"id_token":{"gender":null}}');
  await expect(compose.authorizeUrl).toContainText('claims={"userinfo":{"gender":null},"id_token":{"gender":null}}');
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  const payload = await results.json(TEST_IDS.idTokenPayload);
  const userinfo = await results.json(TEST_IDS.userinfoResponse);
  expect(payload.gender).toBe('male');
  expect(userinfo.gender).toBe('male');
  // Nothing else of the profile scope came: only what was asked for.
  expect(payload.given_name).toBeUndefined();
  expect(userinfo.given_name).toBeUndefined();
  expect(await results.scopeOutcomes()).toEqual({ openid: 'granted' });
});

test('without the claims parameter, Hosted Login serves scope claims at userinfo only', async ({ compose, login, results }) => {
  await compose.open();
  await compose.requestScopes(['openid', 'profile', 'email']);
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  const payload = await results.json(TEST_IDS.idTokenPayload);
  const userinfo = await results.json(TEST_IDS.userinfoResponse);
  expect(userinfo).toMatchObject({ email: 'karim.nafir@mail.com', given_name: 'Karim', email_verified: true });
  expect(userinfo.global_sub).toEqual(expect.stringContaining(String(userinfo.sub)));
  expect(payload.email).toBeUndefined();
  expect(payload).toMatchObject({ aud: 'playground', sub: userinfo.sub });
  expect(typeof payload.at_hash).toBe('string');
  expect(typeof payload.auth_time).toBe('number');
});
