import { SignJWT, UnsecuredJWT, importJWK, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, ISSUER, SIGNED_OUT_URI, authorizeParams, formOf, redirectQuery, redirectTarget, signIn, testProvider } from './test-kit';

/** Signed in, with the id_token the client would send as id_token_hint. */
async function signedIn() {
  const test = testProvider();
  const { id_token } = await signIn(test);
  return { test, idToken: id_token! };
}

describe('RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0)', () => {
  it('ends the SSO session', async () => {
    const { test, idToken } = await signedIn();

    const result = await test.provider.endSession(formOf({ id_token_hint: idToken }));

    expect(result.outcome).toBe('signed-out');
    expect(test.provider.hasSession()).toBe(false);
  });

  it('makes the next authorization show the login page again', async () => {
    const { test, idToken } = await signedIn();

    await test.provider.endSession(formOf({ id_token_hint: idToken }));

    expect(test.provider.checkAuthorize(authorizeParams())).toMatchObject({ outcome: 'login', reason: 'no-session' });
  });

  it('makes a following prompt=none answer login_required', async () => {
    const { test, idToken } = await signedIn();

    await test.provider.endSession(formOf({ id_token_hint: idToken }));

    expect(test.provider.continueSession(authorizeParams({ prompt: 'none' }))).toMatchObject({ error: 'login_required' });
  });

  it('sends the browser to the registered post_logout_redirect_uri with the state it was given (§3)', async () => {
    const { test, idToken } = await signedIn();

    const result = await test.provider.endSession(formOf({ id_token_hint: idToken, post_logout_redirect_uri: SIGNED_OUT_URI, state: 'bye-1' }));

    expect(redirectTarget(result)).toBe(SIGNED_OUT_URI);
    expect(redirectQuery(result).get('state')).toBe('bye-1');
  });

  it('adds no state to the redirect when none was sent', async () => {
    const { test, idToken } = await signedIn();

    const result = await test.provider.endSession(formOf({ id_token_hint: idToken, post_logout_redirect_uri: SIGNED_OUT_URI }));

    expect(redirectQuery(result).has('state')).toBe(false);
  });

  it('asks the end-user first when there is no id_token_hint, and keeps the session until they confirm (§2, §6)', async () => {
    const { test } = await signedIn();
    const params = formOf({ client_id: CLIENT_ID, post_logout_redirect_uri: SIGNED_OUT_URI, state: 's' });

    const asked = await test.provider.endSession(params);

    expect(asked.outcome).toBe('confirm');
    expect(test.provider.hasSession()).toBe(true);
    const confirmed = await test.provider.confirmEndSession(params);
    expect(redirectTarget(confirmed)).toBe(SIGNED_OUT_URI);
    expect(test.provider.hasSession()).toBe(false);
  });

  it('asks first with no parameters at all, and signs out without a redirect once confirmed', async () => {
    const { test } = await signedIn();

    expect(await test.provider.endSession(new URLSearchParams())).toEqual({ outcome: 'confirm', location: undefined });
    expect(test.provider.hasSession()).toBe(true);
    expect(await test.provider.confirmEndSession(new URLSearchParams())).toEqual({ outcome: 'signed-out', location: undefined });
    expect(test.provider.hasSession()).toBe(false);
  });

  it('refuses an id_token_hint whose signature is broken, and keeps the session (§2: the OP MUST validate it issued it)', async () => {
    const { test, idToken } = await signedIn();
    const [header, payload, signature = ''] = idToken.split('.');
    const broken = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;

    const result = await test.provider.endSession(formOf({ id_token_hint: broken }));

    expect(result).toMatchObject({ outcome: 'error-page', error: 'invalid_request', description: expect.stringContaining('signature') });
    expect(test.provider.hasSession()).toBe(true);
  });

  it('accepts an expired id_token_hint it issued (§2: "even when the exp time has passed")', async () => {
    const { test, idToken } = await signedIn();
    test.advanceSeconds(2 * 3600);

    expect((await test.provider.endSession(formOf({ id_token_hint: idToken }))).outcome).toBe('signed-out');
  });

  it('answers an unregistered post_logout_redirect_uri with an error page naming the registered one, and keeps the session', async () => {
    const { test, idToken } = await signedIn();

    const result = await test.provider.endSession(formOf({ id_token_hint: idToken, post_logout_redirect_uri: 'https://attacker.test/', state: 's' }));

    expect(result).toMatchObject({ outcome: 'error-page', error: 'invalid_request', description: expect.stringContaining(SIGNED_OUT_URI) });
    expect(result).not.toHaveProperty('location');
    expect(test.provider.hasSession()).toBe(true);
  });

  it('answers the sign-in redirect URI used as a post-logout one with an error page: the lists are separate', async () => {
    const { test, idToken } = await signedIn();

    const result = await test.provider.endSession(formOf({ id_token_hint: idToken, post_logout_redirect_uri: 'https://op.test/callback' }));

    expect(result.outcome).toBe('error-page');
  });

  it('answers a post_logout_redirect_uri with no way to tell the client with an error page', async () => {
    const { test } = await signedIn();

    const result = await test.provider.endSession(formOf({ post_logout_redirect_uri: SIGNED_OUT_URI }));

    expect(result).toMatchObject({ outcome: 'error-page', error: 'invalid_request' });
    expect(test.provider.hasSession()).toBe(true);
  });

  it('answers an id_token_hint that is not a JWT with an error page', async () => {
    const { test } = await signedIn();

    expect(await test.provider.endSession(formOf({ id_token_hint: 'not-a-jwt' }))).toMatchObject({ outcome: 'error-page', error: 'invalid_request' });
  });

  it('answers an id_token_hint from another issuer with an error page', async () => {
    const { test } = await signedIn();
    const foreign = new UnsecuredJWT({ aud: CLIENT_ID }).setIssuer('https://other.test').setSubject('someone').encode();

    expect(await test.provider.endSession(formOf({ id_token_hint: foreign }))).toMatchObject({ outcome: 'error-page', description: expect.stringContaining('signature') });
  });

  it('answers a client_id that is not the id_token_hint’s audience with an error page', async () => {
    const { test } = await signedIn();
    const key = await importJWK(test.store.get<{ privateJwk: JWK }>('signing-key')!.privateJwk, 'RS256');
    const kid = ((await test.provider.jwks()).body as { keys: { kid: string }[] }).keys[0]?.kid;
    const hint = await new SignJWT({ aud: 'someone-else' }).setProtectedHeader({ alg: 'RS256', kid }).setIssuer(ISSUER).setSubject('x').sign(key);

    const result = await test.provider.endSession(formOf({ id_token_hint: hint, client_id: CLIENT_ID }));

    expect(result).toMatchObject({ outcome: 'error-page', description: expect.stringContaining('audience') });
  });
});
