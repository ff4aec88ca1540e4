import type { LoginPageReason } from '../../src/domain/mock/login-page-reason';
import { decideRefreshToken } from '../../src/domain/mock/refresh-token-rule';
import { grantedScopes, resolveScopes } from '../../src/domain/scopes-and-claims/resolve-scopes';
import { checkAuthorizeRequest, redirectWith, type AuthorizeCheck, type AuthorizeRequest } from './authorize';
import { definedScope, knownScopes, type ProviderContext } from './context';
import { startGrant } from './grants';
import { contextForLaunch } from './launches';
import { sweepStore } from './storage-budget';
import { randomToken } from './random';
import { withResponseIssuer } from './authorization-response-iss';
import { withResponseMode } from './authorization-response-mode';
import { mustPushRequests } from './protocol-settings';
import { consumePushedRequest, resolvePushedRequest } from './pushed-requests';
import { CODE_LIFETIME_SECONDS, SESSION_LIFETIME_SECONDS, slot, type CodeRecord, type SessionRecord } from './records';

/**
 * What the authorize endpoint does with a request, given the browser's session:
 * show the login page, continue an existing session silently, or answer with an error.
 */
export type AuthorizeDecision =
  | Exclude<AuthorizeCheck, { outcome: 'login' }>
  | {
      outcome: 'login';
      request: AuthorizeRequest;
      reason: LoginPageReason;
    }
  | { outcome: 'session'; request: AuthorizeRequest; session: SessionRecord };

export type AuthorizeResult =
  | Exclude<AuthorizeDecision, { outcome: 'login' | 'session' }>
  | { outcome: 'approved'; location: string }
  | { outcome: 'denied'; location: string };

export function createAuthorizationEndpoint(context: ProviderContext) {
  /**
   * The browser's live session, if it belongs to the user this sign-in was launched for: a session
   * is one user's, and never continues a sign-in launched for another (nor one whose user was edited).
   */
  function activeSession(bound: ProviderContext = context): SessionRecord | undefined {
    const session = bound.store.get<SessionRecord>(slot.session());
    if (!session || session.expiresAt <= bound.now()) return undefined;
    return session.sub === bound.settings().user.uuid ? session : undefined;
  }

  /** The request's launch settings (bound by `state` at launch) when there are any, this tab's otherwise. */
  // The state names the launch; with PAR (RFC 9126 §4) it is inside the pushed request.
  const launchedWith = (params: URLSearchParams) => {
    const pushed = resolvePushedRequest(context, params);
    return contextForLaunch(context, (pushed.outcome === 'error-page' ? params : pushed.params).get('state') ?? undefined);
  };

  function decide(params: URLSearchParams): AuthorizeDecision {
    // RFC 9126 §4: a request_uri from the PAR endpoint stands for the parameters pushed there.
    const pushed = resolvePushedRequest(context, params);
    if (pushed.outcome === 'error-page') return pushed;
    const bound = launchedWith(params);
    const check = checkAuthorizeRequest(pushed.params, bound.clients, bound.issuer);
    if (check.outcome !== 'login') return check;
    const { request } = check;
    const settings = bound.settings();
    // RFC 9126 §6: a client that must push its requests (its metadata, or the server's for all) may not send them in the URL.
    if (pushed.outcome === 'direct' && mustPushRequests(settings, request.clientId)) {
      const description = 'This client must use a pushed authorization request (require_pushed_authorization_requests, RFC 9126 section 6).';
      return {
        outcome: 'redirect-error',
        error: 'invalid_request',
        description,
        location: redirectWith(request.redirectUri, { error: 'invalid_request', error_description: description, state: request.state }),
      };
    }
    // OIDC Core §3.1.3.3: every successful token response carries an id_token, which needs openid.
    // A token policy without it cannot serve an OpenID Connect request at all: say so instead of
    // answering an OAuth-only grant. https://openid.net/specs/openid-connect-core-1_0.html#TokenResponse
    if (request.scopes.includes('openid') && !settings.allowedScopes.includes('openid')) {
      const description = 'The token policy does not allow the openid scope, so no OpenID Connect request can succeed.';
      return {
        outcome: 'redirect-error',
        error: 'invalid_scope',
        description,
        location: redirectWith(request.redirectUri, { error: 'invalid_scope', error_description: description, state: request.state }),
      };
    }
    if (settings.disallowedScopes === 'reject') {
      const refused = resolveScopes({
        requested: request.scopes,
        allowedScopes: settings.allowedScopes,
        knownScopes: knownScopes(settings),
        definedAs: definedScope(settings),
      })
        .filter((d) => d.outcome === 'dropped-by-policy')
        .map((d) => d.scope);
      if (refused.length > 0) {
        const description = `The token policy does not allow: ${refused.join(', ')}.`;
        return {
          outcome: 'redirect-error',
          error: 'invalid_scope',
          description,
          location: redirectWith(request.redirectUri, { error: 'invalid_scope', error_description: description, state: request.state }),
        };
      }
    }
    const session = activeSession(bound);
    const unmet = unmetRequirement(bound, request);
    // OIDC Core §3.1.2.1: id_token_hint names the user the client expects; a session of another
    // user does not count. https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest
    const hintMismatch = session !== undefined && request.hintSub !== undefined && request.hintSub !== session.sub;
    // OIDC Core §3.1.2.1: max_age forces a fresh sign-in once that many seconds have passed; max_age=0 is prompt=login.
    const tooOld = session && request.maxAge !== undefined && (request.maxAge === 0 || bound.now() - session.authTime > request.maxAge);
    if (request.prompt.includes('none')) {
      if (session && !tooOld && !hintMismatch && !unmet) return { outcome: 'session', request, session };
      const description = !session
        ? 'There is no sign-in session and prompt=none forbids showing the login page.'
        : hintMismatch
          ? 'The signed-in user is not the one id_token_hint names, and prompt=none forbids signing in again.'
          : unmet
            ? `${unmet} prompt=none forbids asking the user.`
            : 'The session is older than max_age and prompt=none forbids signing in again.';
      return {
        outcome: 'redirect-error',
        error: 'login_required',
        description,
        location: redirectWith(request.redirectUri, { error: 'login_required', error_description: description, state: request.state }),
      };
    }
    if (!session) return { outcome: 'login', request, reason: 'no-session' };
    if (request.prompt.includes('login')) return { outcome: 'login', request, reason: 'prompt-login' };
    if (tooOld) return { outcome: 'login', request, reason: 'max-age-exceeded' };
    if (hintMismatch) return { outcome: 'login', request, reason: 'hint-mismatch' };
    if (unmet) return { outcome: 'login', request, reason: 'claims-requirement' };
    // The login page doubles as the consent step the mock has: prompt=consent always shows it.
    if (request.prompt.includes('consent')) return { outcome: 'login', request, reason: 'prompt-consent' };
    return { outcome: 'session', request, session };
  }

  /**
   * A claims-parameter requirement the configured user cannot meet, in words; undefined when none.
   * - OIDC Core §5.5.1: with `sub` given a value, the provider "MUST NOT reply with an ID Token or
   *   Access Token for a different user". https://openid.net/specs/openid-connect-core-1_0.html#IndividualClaimsRequests
   * - OIDC Core §5.5.1.1: an essential `acr` that cannot be met is a failed authentication; the mock
   *   authenticates at no acr level at all. https://openid.net/specs/openid-connect-core-1_0.html#acrSemantics
   */
  function unmetRequirement(bound: ProviderContext, request: AuthorizeRequest): string | undefined {
    const user = bound.settings().user.uuid;
    for (const target of ['id_token', 'userinfo'] as const) {
      const sub = request.claims?.[target]?.sub;
      if (sub && 'value' in sub && sub.value !== undefined && sub.value !== user) return `claims.${target}.sub names another user than the one signed in.`;
    }
    const acr = request.claims?.id_token?.acr;
    if (acr?.essential === true && (acr.value !== undefined || acr.values !== undefined)) {
      return 'An essential acr was requested and this provider authenticates at none of the values asked for.';
    }
    return undefined;
  }

  function issueCode(bound: ProviderContext, request: AuthorizeRequest, authTime: number): string {
    const settings = bound.settings();
    const decisions = resolveScopes({
      requested: request.scopes,
      allowedScopes: settings.allowedScopes,
      knownScopes: knownScopes(settings),
      definedAs: definedScope(settings),
    });
    const refresh = decideRefreshToken({
      profile: settings.behaviour,
      grantedScopes: grantedScopes(decisions),
      requestedScopes: request.scopes,
      prompt: request.prompt,
    });
    const code = randomToken(14, bound.random);
    const record: CodeRecord = {
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      grantedScopes: refresh.grantedScopes,
      nonce: request.nonce,
      claims: request.claims,
      sub: settings.user.uuid,
      authTime,
      expiresAt: bound.now() + CODE_LIFETIME_SECONDS,
      used: false,
      issued: [],
      // The code names its grant: unique, and it takes nothing from the (seeded) randomness.
      grantId: code,
      refreshToken: refresh.verdict.issued,
      sessionBound: refresh.verdict.issued && !refresh.outlivesSignOut,
      keptUntil: bound.wallClock() + CODE_LIFETIME_SECONDS,
      storedAt: bound.stamp(),
    };
    bound.store.set(slot.code(code), record);
    // The grant starts with the code and carries the launch's settings to the token endpoint.
    startGrant(bound, record.grantId, record.sessionBound, request.state);
    sweepStore(bound);
    return redirectWith(request.redirectUri, { code, state: request.state });
  }

  /** A new SSO session for the user of these settings; it replaces any other user's. */
  function startSession(bound: ProviderContext = context): SessionRecord {
    const authTime = bound.now();
    const session: SessionRecord = {
      sub: bound.settings().user.uuid,
      authTime,
      expiresAt: authTime + SESSION_LIFETIME_SECONDS,
      keptUntil: bound.wallClock() + SESSION_LIFETIME_SECONDS,
    };
    bound.store.set(slot.session(), session);
    return session;
  }

  /** The user signed in at the login page: start a new session and issue a code. */
  function approve(params: URLSearchParams): AuthorizeResult {
    const decision = decide(params);
    if (decision.outcome !== 'login' && decision.outcome !== 'session') return decision;
    const bound = launchedWith(params);
    const session = startSession(bound);
    const unmet = unmetRequirement(bound, decision.request);
    if (unmet) {
      // OIDC Core §5.5.1, §5.5.1.1: the sign-in happened, but not as the request demands: a failed
      // authentication, not tokens for this user. https://openid.net/specs/openid-connect-core-1_0.html#IndividualClaimsRequests
      const location = redirectWith(decision.request.redirectUri, { error: 'access_denied', error_description: unmet, state: decision.request.state });
      return { outcome: 'denied', location };
    }
    return { outcome: 'approved', location: issueCode(bound, decision.request, session.authTime) };
  }

  /** The browser already has a session: issue a code without the login page; auth_time stays the session's. */
  function continueSession(params: URLSearchParams): AuthorizeResult {
    const decision = decide(params);
    if (decision.outcome === 'login') return approve(params);
    if (decision.outcome !== 'session') return decision;
    return { outcome: 'approved', location: issueCode(launchedWith(params), decision.request, decision.session.authTime) };
  }

  function deny(params: URLSearchParams): AuthorizeResult {
    const decision = decide(params);
    if (decision.outcome !== 'login' && decision.outcome !== 'session') return decision;
    const location = redirectWith(decision.request.redirectUri, {
      error: 'access_denied',
      error_description: 'The user declined to sign in.',
      state: decision.request.state,
    });
    return { outcome: 'denied', location };
  }

  function endSession(): void {
    context.store.delete(slot.session());
  }

  // RFC 9207: every redirect back to the client carries the issuer (authorization-response-iss.ts),
  // in the query or, with response_mode=fragment, in the fragment (authorization-response-mode.ts).
  const named =
    <R extends { readonly outcome: string }>(decider: (params: URLSearchParams) => R) =>
    (params: URLSearchParams): R =>
      withResponseIssuer(withResponseMode(context, decider(params), params), context.issuer);
  // RFC 9126 §7.3: once the browser is sent back, the pushed request is used up.
  const finished =
    <R extends { readonly outcome: string }>(decider: (params: URLSearchParams) => R) =>
    (params: URLSearchParams): R => {
      const result = named(decider)(params);
      if ('location' in result) consumePushedRequest(context, params);
      return result;
    };
  return {
    decide: named(decide),
    approve: finished(approve),
    continueSession: finished(continueSession),
    deny: finished(deny),
    activeSession,
    startSession,
    endSession,
  };
}
