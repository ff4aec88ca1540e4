import { describe, expect, it } from 'vitest';
import { NO_FAULTS, type MockFaults } from '../../src/domain/mock/mock-faults';
import { exchange, signIn, signInCode, testProvider } from './test-kit';

/** "Break the next request": each switch fires once, then disarms itself. */
function armed(faults: Partial<MockFaults>) {
  const test = testProvider();
  test.provider.armFaults({ ...NO_FAULTS, ...faults });
  return test;
}

describe('fault switches (armed faults)', () => {
  it('tokenInvalidGrant: the next token request fails with invalid_grant, saying it was on purpose', async () => {
    const test = armed({ tokenInvalidGrant: true });

    const response = await exchange(test, signInCode(test));

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('on purpose') });
    expect(response.headers['Cache-Control']).toBe('no-store');
  });

  it('tokenInvalidGrant: fires once, then the next sign-in succeeds and the switch reads off', async () => {
    const test = armed({ tokenInvalidGrant: true });
    await exchange(test, signInCode(test));

    const next = await exchange(test, signInCode(test));

    expect(next.status).toBe(200);
    expect(test.provider.armedFaults().tokenInvalidGrant).toBe(false);
  });

  it('userinfoServerError: the next userinfo request answers 500 server_error, then it works again', async () => {
    const test = armed({ userinfoServerError: true });
    const { access_token } = await signIn(test);

    const first = test.provider.userinfo(`Bearer ${access_token}`);
    const second = test.provider.userinfo(`Bearer ${access_token}`);

    expect(first.status).toBe(500);
    expect(first.body).toMatchObject({ error: 'server_error' });
    expect(second.status).toBe(200);
    expect(test.provider.armedFaults().userinfoServerError).toBe(false);
  });

  it('userinfoServerError: a request refused for its token does not use the switch up', async () => {
    const test = armed({ userinfoServerError: true });
    const { access_token } = await signIn(test);

    const refused = test.provider.userinfo('Bearer not-a-real-token');
    const broken = test.provider.userinfo(`Bearer ${access_token}`);

    expect(refused.status).toBe(401);
    expect(broken.status).toBe(500);
  });

  it('slowJwks: the next JWKS answer is held for 3 seconds, the one after is not', async () => {
    const test = armed({ slowJwks: true });

    const first = await test.provider.jwks();
    const second = await test.provider.jwks();

    expect(first.delayMs).toBe(3000);
    expect(second.delayMs).toBeUndefined();
    expect(second.body).toEqual(first.body);
  });

  it('disarms only the switch that fired', async () => {
    const test = armed({ tokenInvalidGrant: true, userinfoServerError: true, slowJwks: true });

    await test.provider.jwks();

    expect(test.provider.armedFaults()).toEqual({ tokenInvalidGrant: true, userinfoServerError: true, slowJwks: false });
  });

  it('does nothing while every switch is off', async () => {
    const test = testProvider();
    const { access_token } = await signIn(test);

    expect(test.provider.userinfo(`Bearer ${access_token}`).status).toBe(200);
    expect((await test.provider.jwks()).delayMs).toBeUndefined();
  });
});
