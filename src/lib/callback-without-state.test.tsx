import { afterEach, describe, expect, it } from 'vitest';
import { CallbackError, completeSignIn } from './sign-in';
import { PENDING_PREFIX, SIGN_IN_STATE_PREFIX } from './tab-storage';

/** A callback this tab cannot match to a sign-in clears the PKCE verifier it could never use. */
describe('completeSignIn on a callback it cannot match', () => {
  const verifierKey = `${SIGN_IN_STATE_PREFIX}abc123`;
  const stored = JSON.stringify({ id: 'abc123', code_verifier: 'verifier-0123456789abcdefghijklmnopqrstuvwxyz', nonce: 'n-1' });
  afterEach(() => window.sessionStorage.clear());

  it('with no state: refuses it and forgets the stored verifier', async () => {
    window.sessionStorage.setItem(verifierKey, stored);

    await expect(completeSignIn('http://localhost/callback?code=abcdefghijklmn')).rejects.toBeInstanceOf(CallbackError);

    expect(window.sessionStorage.getItem(verifierKey)).toBeNull();
  });

  it('with a state no sign-in of this tab started: refuses it and forgets the verifier left under that state', async () => {
    window.sessionStorage.setItem(verifierKey, stored);
    window.sessionStorage.setItem(`${SIGN_IN_STATE_PREFIX}other`, stored);

    await expect(completeSignIn('http://localhost/callback?code=abcdefghijklmn&state=abc123')).rejects.toThrow('matches no sign-in');

    expect(window.sessionStorage.getItem(verifierKey)).toBeNull();
    expect(window.sessionStorage.getItem(`${SIGN_IN_STATE_PREFIX}other`)).toBeNull();
    expect(Object.keys(window.sessionStorage).filter((key) => key.startsWith(PENDING_PREFIX))).toEqual([]);
  });
});
