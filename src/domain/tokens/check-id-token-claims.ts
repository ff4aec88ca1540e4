/**
 * The claim checks a client must make on an id_token (OIDC Core §3.1.3.7,
 * https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation), each one a verdict the
 * results screen can show. The signature is checked separately (it needs keys).
 */
export type IdTokenCheckName = 'iss' | 'aud' | 'azp' | 'exp' | 'iat' | 'nonce' | 'at_hash' | 'auth_time' | 'acr' | 'authorization-response-iss';

/** `warn`: nothing is proven wrong, but a client must decide something the playground cannot (say, which audiences it trusts). */
export type IdTokenCheck =
  | { name: IdTokenCheckName; outcome: 'pass'; detail: string }
  | { name: IdTokenCheckName; outcome: 'fail'; detail: string }
  | { name: IdTokenCheckName; outcome: 'warn'; detail: string }
  | { name: IdTokenCheckName; outcome: 'skipped'; detail: string };

/** What the authorize request asked about the authentication context (acr_values, or claims.id_token.acr). */
export interface AcrRequest {
  readonly values: readonly string[];
  /** Asked as essential through the claims parameter (OIDC Core §5.5.1.1). */
  readonly essential: boolean;
}

export interface IdTokenExpectations {
  readonly issuer: string;
  readonly clientId: string;
  /** The nonce sent in the authorize request, if any. */
  readonly nonce: string | undefined;
  /** The id_token came from a refresh grant, where OIDC Core §12.2 lets the nonce be absent. */
  readonly refreshed?: boolean;
  /** max_age sent with the authorize request, in seconds. */
  readonly maxAge?: number;
  /** The acr asked for, if any. */
  readonly acr?: AcrRequest;
  /** at_hash computed from the access token received, if one was. */
  readonly expectedAtHash: string | undefined;
  /** Seconds since the epoch. */
  readonly now: number;
  /** Allowed clock difference, in seconds. */
  readonly clockTolerance?: number;
}

export function checkIdTokenClaims(payload: Record<string, unknown>, expected: IdTokenExpectations): IdTokenCheck[] {
  const tolerance = expected.clockTolerance ?? 60;
  const checks: IdTokenCheck[] = [];
  const pass = (name: IdTokenCheckName, detail: string) => checks.push({ name, outcome: 'pass', detail });
  const fail = (name: IdTokenCheckName, detail: string) => checks.push({ name, outcome: 'fail', detail });
  const skip = (name: IdTokenCheckName, detail: string) => checks.push({ name, outcome: 'skipped', detail });
  const warn = (name: IdTokenCheckName, detail: string) => checks.push({ name, outcome: 'warn', detail });

  if (payload.iss === expected.issuer) pass('iss', `iss is the issuer ${expected.issuer}.`);
  else fail('iss', `iss is ${JSON.stringify(payload.iss)}, expected ${expected.issuer}.`);

  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  // §3.1.3.7 item 3: the client must also reject audiences it does not trust; only it knows which.
  const others = audiences.filter((audience) => audience !== expected.clientId);
  if (!audiences.includes(expected.clientId)) fail('aud', `aud is ${JSON.stringify(payload.aud)}; it must contain the client ID ${expected.clientId}.`);
  else if (others.length > 0) warn('aud', `aud contains the client ID ${expected.clientId} and also ${others.map((a) => JSON.stringify(a)).join(', ')}: a client must reject the token unless it trusts every audience listed.`);
  else pass('aud', `aud contains the client ID ${expected.clientId}.`);

  // §3.1.3.7 items 4–5: with several audiences azp must be present, and when present it must be this client.
  if (payload.azp !== undefined) {
    if (payload.azp === expected.clientId) pass('azp', 'azp is this client.');
    else fail('azp', `azp is ${JSON.stringify(payload.azp)}: the token was issued to another party.`);
  } else if (audiences.length > 1) fail('azp', 'The id_token has several audiences but no azp naming the authorized party.');
  else skip('azp', 'No azp: not needed with a single audience.');

  if (typeof payload.exp !== 'number') fail('exp', 'exp is missing or not a number.');
  else if (payload.exp + tolerance < expected.now) fail('exp', `The id_token expired ${expected.now - payload.exp} s ago.`);
  else pass('exp', `Expires in ${payload.exp - expected.now} s.`);

  if (typeof payload.iat !== 'number') fail('iat', 'iat is missing or not a number.');
  else if (payload.iat - tolerance > expected.now) fail('iat', `iat is ${payload.iat - expected.now} s in the future.`);
  else pass('iat', 'Issued in the past.');

  checkNonce(payload, expected, { pass, fail, skip });
  if (expected.maxAge !== undefined) checkAuthTime(payload, expected.maxAge, expected.now, tolerance, { pass, fail });
  if (expected.acr) checkAcr(payload, expected.acr, { pass, fail, warn });

  if (payload.at_hash === undefined) skip('at_hash', 'The id_token has no at_hash (optional for the code flow).');
  else if (expected.expectedAtHash === undefined) skip('at_hash', 'No access token to compare with, or an unknown alg.');
  else if (payload.at_hash === expected.expectedAtHash) pass('at_hash', 'at_hash matches the access token received.');
  else fail('at_hash', 'at_hash does not match the access token: the two were not issued together.');

  return checks;
}

interface Report {
  readonly pass: (name: IdTokenCheckName, detail: string) => void;
  readonly fail: (name: IdTokenCheckName, detail: string) => void;
  readonly skip: (name: IdTokenCheckName, detail: string) => void;
  readonly warn: (name: IdTokenCheckName, detail: string) => void;
}

function checkNonce(payload: Record<string, unknown>, expected: IdTokenExpectations, report: Pick<Report, 'pass' | 'fail' | 'skip'>): void {
  if (expected.refreshed) {
    // OIDC Core §12.2 (https://openid.net/specs/openid-connect-core-1_0.html#RefreshTokenResponse):
    // a refreshed id_token answers no authorize request, so it need not carry the nonce.
    if (payload.nonce === undefined) {
      report.pass('nonce', expected.nonce === undefined ? 'A refreshed id_token carries no nonce, as expected (OIDC Core §12.2).' : 'A nonce was sent with the sign-in; this refreshed id_token carries none, which OIDC Core §12.2 allows.');
    } else if (payload.nonce === expected.nonce) report.pass('nonce', 'This refreshed id_token repeats the nonce of the original sign-in.');
    else report.fail('nonce', `This refreshed id_token carries nonce ${JSON.stringify(payload.nonce)}, not the one sent with the sign-in.`);
    return;
  }
  if (expected.nonce === undefined) report.skip('nonce', 'No nonce was sent, so none can be checked.');
  else if (payload.nonce === expected.nonce) report.pass('nonce', 'nonce matches the one sent in the authorize request.');
  else report.fail('nonce', `nonce is ${JSON.stringify(payload.nonce)}, not the one sent: possible replay.`);
}

/** OIDC Core §3.1.2.1 and §3.1.3.7 item 11: with max_age, auth_time is required and must be recent enough. */
function checkAuthTime(payload: Record<string, unknown>, maxAge: number, now: number, tolerance: number, report: Pick<Report, 'pass' | 'fail'>): void {
  if (typeof payload.auth_time !== 'number') {
    report.fail('auth_time', `max_age=${maxAge} was sent, so the id_token must carry auth_time (OIDC Core §3.1.2.1); it has none.`);
    return;
  }
  const age = now - payload.auth_time;
  if (age > maxAge + tolerance) report.fail('auth_time', `The user authenticated ${age} s ago, more than max_age=${maxAge}: the provider should have asked them to log in again.`);
  else report.pass('auth_time', `The user authenticated ${Math.max(age, 0)} s ago, within max_age=${maxAge}.`);
}

/** OIDC Core §3.1.3.7 item 10 and §5.5.1.1: check acr when it was asked for. */
function checkAcr(payload: Record<string, unknown>, asked: AcrRequest, report: Pick<Report, 'pass' | 'fail' | 'warn'>): void {
  const acr = payload.acr;
  const wanted = asked.values.join(', ');
  if (typeof acr !== 'string') {
    if (asked.essential) report.fail('acr', `acr was asked for as essential${wanted ? ` (${wanted})` : ''} but the id_token has none.`);
    else report.warn('acr', `acr_values ${wanted} was sent but the id_token has no acr, so the client cannot tell how the user authenticated.`);
    return;
  }
  if (asked.values.length === 0 || asked.values.includes(acr)) {
    report.pass('acr', asked.values.length === 0 ? `acr is ${acr}.` : `acr is ${acr}, one of those asked for.`);
    return;
  }
  // acr_values is a voluntary request (§3.1.2.1): another value is a decision for the client, unless essential.
  if (asked.essential) report.fail('acr', `acr is ${acr}, none of the essential values asked for (${wanted}).`);
  else report.warn('acr', `acr is ${acr}, not one of those asked for (${wanted}); the client decides whether that is enough.`);
}
