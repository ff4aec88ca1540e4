import { describe, expect, it } from 'vitest';
import { findPreparedUser } from '../../src/domain/mock/prepared-users';
import { createProvider } from './provider';
import { DEFAULT_PROVIDER_SETTINGS, type ProviderSettings } from './settings';
import { memoryStore } from './store';
import {
  ISSUER,
  START_MILLIS,
  authorizeParams,
  introspect,
  keyedStore,
  redirectQuery,
  refresh,
  signIn,
  tokenBody,
  userinfoBody,
  verifiedIdToken,
  type TestProvider,
} from './test-kit';

const FULL = findPreparedUser('full')!.profile;
const MINIMAL = findPreparedUser('minimal')!.profile;

/** Tab A: the full seed user, every scope allowed. */
const SETTINGS_A: ProviderSettings = { ...DEFAULT_PROVIDER_SETTINGS, user: FULL, allowedScopes: ['openid', 'profile', 'email', 'phone', 'address', 'offline_access'] };
/** Tab B: another user, another policy (no email), another profile. */
const SETTINGS_B: ProviderSettings = { ...DEFAULT_PROVIDER_SETTINGS, user: MINIMAL, allowedScopes: ['openid', 'profile', 'offline_access'], behaviour: 'oidc-core' };

/**
 * Browser tabs over one provider store: each has its own page (its own provider object) and its
 * own session storage (its tab store), and all share local storage, as in the browser (mocks/browser.ts).
 */
function twoTabs(): [TestProvider, TestProvider] {
  let clock = START_MILLIS;
  const store = keyedStore();
  const tab = (): TestProvider => ({
    provider: createProvider({ issuer: ISSUER, store, tabStore: memoryStore(), now: () => clock }),
    store,
    nowSeconds: () => Math.floor(clock / 1000),
    advanceSeconds: (seconds: number) => void (clock += seconds * 1000),
  });
  return [tab(), tab()];
}

/** What the app does at launch: configure the tab, and bind the launch (its state) to those settings. */
function launch(tab: TestProvider, state: string, settings: ProviderSettings): void {
  tab.provider.configure(settings);
  tab.provider.bindLaunch(state, settings);
}

const SCOPE = 'openid profile email offline_access';

describe('a sign-in runs with the settings it was launched with', () => {
  it('tab A signs in, tab B signs in as another user, tab A refreshes: still A’s user, claims and sub everywhere', async () => {
    const [tabA, tabB] = twoTabs();
    launch(tabA, 'state-a', SETTINGS_A);
    const a = await signIn(tabA, { state: 'state-a', scope: SCOPE });
    launch(tabB, 'state-b', SETTINGS_B);
    const b = await signIn(tabB, { state: 'state-b', scope: SCOPE });

    const refreshed = tokenBody(await refresh(tabA, a.refresh_token));
    const idToken = await verifiedIdToken(tabA, refreshed.id_token);
    const userinfo = userinfoBody(tabA, refreshed.access_token);

    // OIDC Core §12.2: the refreshed id_token is the same user's, with the same claims as the first.
    const { iat, exp, at_hash, nonce, ...first } = await verifiedIdToken(tabA, a.id_token);
    expect([iat, exp, at_hash, nonce]).not.toContain(undefined);
    expect(idToken).toMatchObject({ ...first, sub: FULL.uuid });
    expect(userinfo).toMatchObject({ sub: FULL.uuid, given_name: 'Karim', email: FULL.email });
    expect(introspect(tabA, refreshed.access_token)).toMatchObject({ active: true, sub: FULL.uuid });
    // Tab B's grant is B's, under B's policy (no email scope granted).
    const bToken = await verifiedIdToken(tabB, b.id_token);
    expect(bToken.sub).toBe(MINIMAL.uuid);
    expect(b.scope.split(' ')).not.toContain('email');
    expect(userinfoBody(tabB, b.access_token)).toMatchObject({ sub: MINIMAL.uuid, given_name: 'Mina' });
  });

  it('answers userinfo for a grant with its own user even when the same tab configures another user since', async () => {
    const [tab] = twoTabs();
    launch(tab, 'state-a', SETTINGS_A);
    const a = await signIn(tab, { state: 'state-a', scope: SCOPE });
    tab.provider.configure(SETTINGS_B);

    expect(userinfoBody(tab, a.access_token)).toMatchObject({ sub: FULL.uuid, given_name: 'Karim' });
  });

  it('approves a launch with its own settings though another tab configured another user in between', async () => {
    const [tabA, tabB] = twoTabs();
    launch(tabA, 'state-a', SETTINGS_A);
    launch(tabB, 'state-b', SETTINGS_B);
    // Both login pages are open; A's is answered after B launched.
    const a = await signIn(tabA, { state: 'state-a', scope: SCOPE });
    const b = await signIn(tabB, { state: 'state-b', scope: SCOPE });

    expect((await verifiedIdToken(tabA, a.id_token)).sub).toBe(FULL.uuid);
    expect((await verifiedIdToken(tabB, b.id_token)).sub).toBe(MINIMAL.uuid);
    expect(a.scope).toContain('email');
  });

  it('never continues one user’s SSO session for a sign-in launched for another', () => {
    const [tabA, tabB] = twoTabs();
    launch(tabA, 'state-a', SETTINGS_A);
    expect(tabA.provider.approve(authorizeParams({ state: 'state-a' })).outcome).toBe('approved');
    launch(tabB, 'state-b', SETTINGS_B);

    // B's launch sees no session of its user: prompt=none fails rather than issue A's session for B.
    const silent = tabB.provider.continueSession(authorizeParams({ state: 'state-b', prompt: 'none' }));
    expect(redirectQuery(silent).get('error')).toBe('login_required');
    // A's next launch still continues A's session.
    launch(tabA, 'state-a2', SETTINGS_A);
    expect(tabA.provider.checkAuthorize(authorizeParams({ state: 'state-a2' })).outcome).toBe('session');
  });

  it('keeps its armed faults to the tab that armed them', async () => {
    const [tabA, tabB] = twoTabs();
    tabA.provider.armFaults({ ...tabA.provider.armedFaults(), tokenInvalidGrant: true });
    launch(tabB, 'state-b', SETTINGS_B);

    await expect(signIn(tabB, { state: 'state-b' })).resolves.toHaveProperty('access_token');
    expect(tabA.provider.armedFaults().tokenInvalidGrant).toBe(true);
  });

  it('says a launch completed once its code is issued, and knows nothing of a state never launched', () => {
    const [tab] = twoTabs();
    launch(tab, 'state-a', SETTINGS_A);
    expect(tab.provider.launchStatus('state-a')).toBe('waiting');
    tab.provider.approve(authorizeParams({ state: 'state-a' }));

    expect(tab.provider.launchStatus('state-a')).toBe('completed');
    expect(tab.provider.launchStatus('never-launched')).toBe('unknown');
  });
});
