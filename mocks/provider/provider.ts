import { STORAGE_BUDGET, type StorageBudget } from './records';
import { BEHAVIOUR_PROFILES, releasesClaim } from '../../src/domain/mock/behaviour-profile';
import { CLAIM_CATALOGUE } from '../../src/domain/scopes-and-claims/catalogue';
import type { MockFaults } from '../../src/domain/mock/mock-faults';
import { customClaimNames } from '../../src/domain/mock/login-policy';
import { seedStream, seededBytes } from '../../src/domain/text/seeded-random';
import { mockIssuerIdentifier } from '../../src/domain/mock/mock-issuer';
import { createAuthorizationEndpoint } from './authorization-endpoint';
import { defaultClient, serviceClient, type RegisteredClient } from './clients';
import { knownScopes, takeFault, type ProviderContext } from './context';
import { revokeSessionGrants } from './grants';
import { bindLaunch, contextForLaunch, launchStatus } from './launches';
import { PROTOCOL_CLAIMS_SET_BY_SIGNER, retiredKeys } from './id-token';
import type { JSONWebKeySet } from 'jose';
import { json, type ProviderResponse } from './provider-response';
import { SUPPORTED_PROMPTS, SUPPORTED_RESPONSE_MODES } from './request-shape';
import { cryptoRandom, type RandomBytes } from './random';
import { armFaults, armedFaults } from './faults';
import { readSettings, writeSettings, type ProviderSettings } from './settings';
import { loadFixedSigningKey, loadSigningKey, type SigningKey } from './signing-key';
import type { ProviderStore } from './store';
import { createTokenEndpoint } from './token-endpoint';
import { MOCK_REQUEST_OBJECT_ALGORITHMS } from './request-object';
import { createRequestObjectReader } from './request-object-endpoints';
import { withDpopAtIntrospection, withDpopAtToken, withDpopAtUserinfo } from './dpop';
import { DPOP_ALGORITHMS } from '../../src/domain/protocols/dpop-algorithms';
import { protocolSettings } from './protocol-settings';
import { createTokenManagement } from './token-management';
import { createUserinfoEndpoint } from './userinfo-endpoint';

export interface ProviderOptions {
  /**
   * Where the provider lives, e.g. `http://localhost:5173/mock-op`: its endpoints are under it, and
   * it is the issuer identifier too, except in deterministic mode (src/domain/mock/mock-issuer.ts).
   */
  readonly issuer: string;
  readonly store: ProviderStore;
  /**
   * Where this browser tab keeps what is its own: the settings it configured last and the faults it
   * armed (session storage in the browser). The shared store by default.
   */
  readonly tabStore?: ProviderStore;
  /**
   * Where the app is served (origin, and base path if any): the default client redirects to its
   * `/callback`. The issuer's origin by default.
   */
  readonly appUrl?: string;
  /** The registered clients; the default client of `appUrl` when absent (the HTTP server registers others). */
  readonly clients?: readonly RegisteredClient[];
  /**
   * Keep the location as the issuer identifier in deterministic mode too. The HTTP server does: a
   * client fetches its discovery document at `<issuer>/.well-known/…` and checks the `issuer` it
   * names (OIDC Discovery §4.3), and a port given on its command line keeps the location stable.
   */
  readonly identifierIsLocation?: boolean;
  /** The sweep's limits; web storage's (STORAGE_BUDGET) by default. A server keeps more: many clients sign in at once. */
  readonly storageBudget?: StorageBudget;
  /** Milliseconds since the epoch: a parameter so tests and snapshots control time. */
  readonly now?: () => number;
  readonly random?: RandomBytes;
}

export type MockProvider = ReturnType<typeof createProvider>;

const SLOW_JWKS_MS = 3000;

/** The mock OpenID Provider as plain request → response functions over a store. */
export function createProvider(options: ProviderOptions) {
  const { issuer: location, store } = options;
  const clock = options.now ?? Date.now;
  const random = options.random ?? cryptoRandom;
  let signingKey: Promise<SigningKey> | undefined;
  let fixedKey: Promise<SigningKey> | undefined;
  const tabStore = options.tabStore ?? store;
  let lastStamp = 0;
  // A key that could not be kept (storage full when prepareKey ran) is tried again on the next
  // request, once the sweep has made room, rather than failing every token request of the page.
  const loadKeyOnce = () =>
    loadSigningKey(store).catch((error: unknown) => {
      signingKey = undefined;
      throw error;
    });
  // Deterministic mode (settings.clock / settings.seed) replaces the clock, the randomness and the key.
  const contextWith = (settings: () => ProviderSettings): ProviderContext => ({
    // Read per request: deterministic mode names the provider with an origin-free identifier.
    get issuer() {
      const current = settings();
      return mockIssuerIdentifier(location, !options.identifierIsLocation && (current.randomness.kind === 'seeded' || current.clock.kind === 'fixed'));
    },
    store,
    tabStore,
    clients: options.clients ?? [defaultClient(options.appUrl ?? new URL(location).origin), serviceClient()],
    storageBudget: options.storageBudget ?? STORAGE_BUDGET,
    random: (length) => {
      const current = settings();
      const { randomness } = current;
      if (randomness.kind === 'random') return random(length);
      const { seed } = randomness;
      const counter = store.get<number>(`seed-counter:${seed}`) ?? 0;
      store.set(`seed-counter:${seed}`, counter + 1);
      // The counter is shared by every tab: two tabs with one seed can read the same count at once,
      // so the stream follows the settings too, or they would mint one code or token for two grants.
      return seededBytes(seedStream(seed, current), counter, length);
    },
    now: () => {
      const setting = settings().clock;
      return Math.floor((setting.kind === 'fixed' ? setting.millis : clock()) / 1000);
    },
    key: () => (settings().randomness.kind === 'seeded' ? (fixedKey ??= loadFixedSigningKey()) : (signingKey ??= loadKeyOnce())),
    settings,
    wallClock: () => Math.floor(clock() / 1000),
    stamp: () => (lastStamp = Math.max(clock(), lastStamp + 1)),
    boundTo: (fixed) => contextWith(() => fixed),
  });
  // Unbound requests (discovery, JWKS, a request that names no launch) use what this tab configured last.
  const context = contextWith(() => readSettings(tabStore));
  const authorization = createAuthorizationEndpoint(context);
  const management = createTokenManagement(context);
  const { revoke } = management;
  // RFC 9449: DPoP wraps the endpoints it changes (dpop.ts).
  const token = withDpopAtToken(context, createTokenEndpoint(context).token);
  const { bearer: userinfo, any: protectedUserinfo } = withDpopAtUserinfo(context, createUserinfoEndpoint(context).userinfo);
  const introspect = withDpopAtIntrospection(context, management.introspect);
  // RFC 9126's endpoint loads when a request is pushed (issue 29: a sign-in without PAR never compiles it).
  const par = async (form: URLSearchParams, authorization?: string | null): Promise<ProviderResponse> =>
    (await import('./par-endpoint')).createParEndpoint(context).par(form, authorization);
  // RFC 9101: a request object is read (verified) before the authorize or PAR endpoint sees its parameters.
  const requestObjects = createRequestObjectReader(context, par);

  function discovery(): ProviderResponse {
    const settings = context.settings();
    return json(200, {
      // The identifier (fixed in deterministic mode); the endpoints are where the provider lives.
      issuer: context.issuer,
      authorization_endpoint: `${location}/authorize`,
      token_endpoint: `${location}/token`,
      userinfo_endpoint: `${location}/userinfo`,
      jwks_uri: `${location}/jwks`,
      end_session_endpoint: `${location}/end-session`,
      introspection_endpoint: `${location}/introspect`,
      revocation_endpoint: `${location}/revoke`,
      response_types_supported: ['code'],
      // Only what the mock implements: other modes are refused at the authorize endpoint.
      response_modes_supported: [...SUPPORTED_RESPONSE_MODES],
      grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      // The public client authenticates with none; the confidential one (client credentials) with its secret.
      token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post'],
      introspection_endpoint_auth_methods_supported: ['none'],
      revocation_endpoint_auth_methods_supported: ['none'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: knownScopes(settings),
      claims_supported: [
        // OIDC Discovery §3: the claims this provider can supply, so not those its profile withholds.
        ...CLAIM_CATALOGUE.map((c) => c.name).filter((name) => releasesClaim(BEHAVIOUR_PROFILES[settings.behaviour], name)),
        ...PROTOCOL_CLAIMS_SET_BY_SIGNER,
        ...BEHAVIOUR_PROFILES[settings.behaviour].extraUserinfoClaims.map((claim) => claim.name),
        ...customClaimNames(settings.loginPolicy),
      ],
      claims_parameter_supported: true,
      // RFC 9101 §10.1 / OIDC Discovery §3: request objects by value, signed with these algorithms.
      request_parameter_supported: true,
      request_object_signing_alg_values_supported: [...MOCK_REQUEST_OBJECT_ALGORITHMS],
      // OIDC Discovery 1.0 §3: omitted, this member would mean true.
      request_uri_parameter_supported: false,
      prompt_values_supported: [...SUPPORTED_PROMPTS],
      // RFC 9126 §5: where requests are pushed, and whether every client must push them (a single
      // client's requirement is its own metadata, §6, which discovery does not publish).
      pushed_authorization_request_endpoint: `${location}/par`,
      require_pushed_authorization_requests: protocolSettings(settings).requirePushedAuthorizationRequests === true,
      // RFC 9449 §5.1: the proof algorithms the token endpoint accepts.
      dpop_signing_alg_values_supported: [...DPOP_ALGORITHMS],
      // RFC 9207 §3: every authorization response names the issuer (authorization-response-iss.ts).
      authorization_response_iss_parameter_supported: true,
    });
  }

  /** The current key, plus keys whose tokens still live (OIDC Core §10.1.1). */
  // RP-Initiated Logout's code loads when a sign-out asks for it (issue 29: a sign-in never compiles it).
  async function endSessionAt(params: URLSearchParams, confirmed = false) {
    return (await import('./end-session')).endSessionRequest(context, params, signOut, publishedKeys, confirmed);
  }

  async function publishedKeys(): Promise<JSONWebKeySet> {
    const current = await context.key();
    return { keys: [current.publicJwk, ...retiredKeys(context, current.kid)] };
  }

  async function jwks(): Promise<ProviderResponse> {
    const body = await publishedKeys();
    return { ...json(200, body), delayMs: takeFault(context, 'slowJwks') ? SLOW_JWKS_MS : undefined };
  }

  /** Ends the SSO session and the grants bound to it (the profile's refresh-token rule). */
  function signOut(): void {
    authorization.endSession();
    revokeSessionGrants(context);
  }

  return {
    /** Where the provider lives (its endpoints); the identifier is `issuerIdentifier()`. */
    issuer: location,
    issuerIdentifier: () => context.issuer,
    configure: (settings: ProviderSettings) => writeSettings(tabStore, settings),
    settings: () => readSettings(tabStore),
    /** The settings a request with this `state` answers under: its launch's when bound, the tab's otherwise. */
    settingsFor: (state: string | null) => (state === null ? context : contextForLaunch(context, state)).settings(),
    /** Binds a launched sign-in (its `state`) to the settings it was launched with. */
    bindLaunch: (state: string, settings: ProviderSettings) => bindLaunch(context, state, settings),
    /** Whether the sign-in launched with this state is waiting, completed (a code was issued) or unknown. */
    launchStatus: (state: string) => launchStatus(context, state),
    /** Arms the one-shot fault switches; each turns itself off when it fires. */
    armFaults: (faults: MockFaults) => armFaults(tabStore, faults),
    armedFaults: () => armedFaults(tabStore),
    discovery,
    jwks,
    /**
     * Makes (or reads back) the signing key now, for the settings in force, so the first token
     * request does not wait for an RSA key to be generated (issue 29: 77 ms on a cold page). A
     * failure is not reported here: the token request that needs the key reports it.
     */
    prepareKey: () => void context.key().catch(() => undefined),
    checkAuthorize: authorization.decide,
    approve: authorization.approve,
    continueSession: authorization.continueSession,
    deny: authorization.deny,
    hasSession: () => authorization.activeSession() !== undefined,
    /** Scenario set-up: sign the configured user in (as if they had) or out, without pages. */
    startSession: () => authorization.startSession(),
    clearSession: signOut,
    endSession: (params: URLSearchParams) => endSessionAt(params),
    /** The end-user confirmed the sign-out on the end-session page. */
    confirmEndSession: (params: URLSearchParams) => endSessionAt(params, true),
    token,
    par,
    /** PAR with a request object inside (RFC 9101 §6, RFC 9126 §3), or without: what the HTTP handlers call. */
    pushRequest: requestObjects.push,
    /** RFC 9101 §6.3: the parameters an authorize request stands for once its request object is verified; call before checkAuthorize. */
    readRequestObject: requestObjects.authorize,
    userinfo,
    /** Userinfo with either scheme, Bearer or DPoP (RFC 9449 §7): what the HTTP handler calls. */
    protectedUserinfo,
    introspect,
    revoke,
  };
}
