import { describe, expect, it } from 'vitest';
import { SEED_USER } from '../../src/domain/mock/user-profile';
import { DEFAULT_PROVIDER_SETTINGS, readSettings, writeSettings } from '../provider/settings';
import { memoryStore } from '../provider/store';
import { inScope, scopedStore } from './request-scope';

describe('the provider’s store as each request sees it', () => {
  it('keeps one SSO session per browser', () => {
    const store = scopedStore(memoryStore());

    inScope({ browser: 'a', user: undefined }, () => store.set('session', { sub: 'alice' }));
    inScope({ browser: 'b', user: undefined }, () => store.set('session', { sub: 'bob' }));

    expect(inScope({ browser: 'a', user: undefined }, () => store.get('session'))).toEqual({ sub: 'alice' });
    expect(inScope({ browser: 'b', user: undefined }, () => store.get('session'))).toEqual({ sub: 'bob' });
  });

  it('gives a client without a cookie no session at all', () => {
    const store = scopedStore(memoryStore());

    inScope({ browser: undefined, user: undefined }, () => store.set('session', { sub: 'carol' }));

    expect(inScope({ browser: undefined, user: undefined }, () => store.get('session'))).toBeUndefined();
  });

  it('reads the request’s user as the configured one, and leaves everything else shared', () => {
    const store = scopedStore(memoryStore());
    writeSettings(store, DEFAULT_PROVIDER_SETTINGS);
    store.set('code:abc', { sub: 'x' });
    const mina = { uuid: 'mina', givenName: 'Mina' };

    expect(inScope({ browser: 'a', user: mina }, () => readSettings(store).user)).toEqual(mina);
    expect(inScope({ browser: 'b', user: undefined }, () => readSettings(store).user)).toEqual(SEED_USER);
    expect(inScope({ browser: 'b', user: mina }, () => store.get('code:abc'))).toEqual({ sub: 'x' });
  });
});
