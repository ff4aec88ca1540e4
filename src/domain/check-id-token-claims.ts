/**
 * The claim checks a client must make on an id_token (OIDC Core §3.1.3.7), each one a verdict the
 * results screen can show. The signature is checked separately (it needs keys).
 */
export type IdTokenCheckName = 'iss' | 'aud' | 'azp' | 'exp' | 'iat' | 'nonce' | 'at_hash';

export type IdTokenCheck =
  | { name: IdTokenCheckName; outcome: 'pass'; detail: string }
  | { name: IdTokenCheckName; outcome: 'fail'; detail: string }
  | { name: IdTokenCheckName; outcome: 'skipped'; detail: string };

export interface IdTokenExpectations {
  readonly issuer: string;
  readonly clientId: string;
  /** The nonce sent in the authorize request, if any. */
  readonly nonce: string | undefined;
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

  if (payload.iss === expected.issuer) pass('iss', `iss is the issuer ${expected.issuer}.`);
  else fail('iss', `iss is ${JSON.stringify(payload.iss)}, expected ${expected.issuer}.`);

  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (audiences.includes(expected.clientId)) pass('aud', `aud contains the client ID ${expected.clientId}.`);
  else fail('aud', `aud is ${JSON.stringify(payload.aud)}; it must contain the client ID ${expected.clientId}.`);

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

  if (expected.nonce === undefined) skip('nonce', 'No nonce was sent, so none can be checked.');
  else if (payload.nonce === expected.nonce) pass('nonce', 'nonce matches the one sent in the authorize request.');
  else fail('nonce', `nonce is ${JSON.stringify(payload.nonce)}, not the one sent: possible replay.`);

  if (payload.at_hash === undefined) skip('at_hash', 'The id_token has no at_hash (optional for the code flow).');
  else if (expected.expectedAtHash === undefined) skip('at_hash', 'No access token to compare with, or an unknown alg.');
  else if (payload.at_hash === expected.expectedAtHash) pass('at_hash', 'at_hash matches the access token received.');
  else fail('at_hash', 'at_hash does not match the access token: the two were not issued together.');

  return checks;
}
