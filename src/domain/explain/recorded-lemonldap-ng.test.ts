import { describe, expect, it } from 'vitest';
import discovery from './__fixtures__/lemonldap-ng/discovery.json';
import droppedRun from './__fixtures__/lemonldap-ng/dropped-run.json';
import fullRun from './__fixtures__/lemonldap-ng/full-run.json';
import { checkClaimValues } from '../tokens/check-claim-values';
import { explainClaims, type ClaimVerdict, type ExplainClaimsInput } from './explain-claims';
import { explainScopes, type ScopeExplanation } from './explain-scopes';
import { groupClaimVerdicts } from './group-claim-verdicts';
import { scopeAtUserinfoText } from '../messages';
import type { ClaimTarget } from '../scopes-and-claims/parse-claims-request';
import { splitScopes } from '../scopes-and-claims/scope-list';

/**
 * The explanation engine on responses recorded from LemonLDAP::NG 2.16 (Perl, Debian's packages),
 * an independent OP configured as e2e/support/lemonldap.ts does: Demo user dwho, a scope rule that
 * drops `phone`, claims released only by the granted scopes, no claims parameter. Its habits that
 * the playground must tell right: no `scope` in the token response when nothing was dropped; a
 * refresh token for offline_access, which it never lists in `scope` nor in scopes_supported; scope
 * claims only at userinfo; claims_supported listing only sub, iss, auth_time and acr.
 */
type RecordedRun = typeof fullRun | typeof droppedRun;

function scopesOf(run: RecordedRun): ScopeExplanation {
  const scope = (run.tokenResponse as { scope?: string }).scope;
  return explainScopes({
    requested: splitScopes(run.request.scope),
    grantedOnTheWire: scope === undefined ? undefined : splitScopes(scope),
    scopesSupported: discovery.scopes_supported,
    refreshTokenIssued: typeof (run.tokenResponse as { refresh_token?: string }).refresh_token === 'string',
  });
}

function claimsOf(run: RecordedRun): ClaimVerdict[] {
  const input: ExplainClaimsInput = {
    requestedScopes: splitScopes(run.request.scope),
    grantedScopes: scopesOf(run)
      .verdicts.filter((v) => v.outcome === 'granted')
      .map((v) => v.scope),
    claimsRequest: undefined,
    idToken: run.idTokenPayload,
    userinfo: run.userinfo,
    claimsSupported: discovery.claims_supported,
    claimsParameterSupported: (discovery as { claims_parameter_supported?: boolean }).claims_parameter_supported === true,
    provider: { kind: 'real' },
  };
  return explainClaims(input);
}

function find(verdicts: readonly ClaimVerdict[], claim: string, target: ClaimTarget): ClaimVerdict | undefined {
  return verdicts.find((v) => v.claim === claim && v.target === target);
}

describe('the recorded LemonLDAP::NG discovery', () => {
  it('is what the explanations below rest on', () => {
    expect(discovery.issuer).toBe('http://127.0.0.1:4600');
    expect(discovery.scopes_supported).not.toContain('offline_access');
    expect(discovery.claims_supported).toEqual(['sub', 'iss', 'auth_time', 'acr']);
    expect(discovery).not.toHaveProperty('claims_parameter_supported');
    expect(discovery).not.toHaveProperty('authorization_response_iss_parameter_supported');
  });
});

describe('explainScopes on LemonLDAP::NG', () => {
  it('takes a token response without scope as everything requested granted (RFC 6749 §5.1)', () => {
    const scopes = scopesOf(fullRun);

    expect(scopes.grantedAssumed).toBe(true);
    expect(scopes.evidence).toBe('wire-only');
    expect(scopes.verdicts.map((v) => [v.scope, v.outcome, v.reason])).toEqual([
      ['openid', 'granted', 'assumed-granted'],
      ['profile', 'granted', 'assumed-granted'],
      ['email', 'granted', 'assumed-granted'],
    ]);
  });

  it('says a scope its scope rule dropped was not granted, without blaming a policy it cannot see', () => {
    const phone = scopesOf(droppedRun).verdicts.find((v) => v.scope === 'phone');

    expect(phone).toMatchObject({ outcome: 'dropped-by-policy', reason: 'not-granted', allowedByPolicy: 'not-known' });
  });

  it('takes the refresh token as offline_access granted, though neither scope nor scopes_supported lists it', () => {
    const verdicts = scopesOf(droppedRun).verdicts;

    expect(verdicts.find((v) => v.scope === 'offline_access')).toMatchObject({ outcome: 'granted', reason: 'refresh-token-issued' });
    expect(verdicts.find((v) => v.scope === 'email')).toMatchObject({ outcome: 'granted', reason: 'listed-in-token-response' });
  });

  it('without a refresh token, calls offline_access unsupported, as its scopes_supported says', () => {
    const scopes = explainScopes({ requested: ['openid', 'offline_access'], grantedOnTheWire: ['openid'], scopesSupported: discovery.scopes_supported, refreshTokenIssued: false });

    expect(scopes.verdicts.find((v) => v.scope === 'offline_access')).toMatchObject({ outcome: 'unknown', reason: 'not-in-scopes-supported' });
  });
});

describe('explainClaims on LemonLDAP::NG', () => {
  it('files every id_token claim as a registered claim the provider sets itself, the array aud included', () => {
    const verdicts = claimsOf(fullRun).filter((v) => v.target === 'id_token' && v.outcome === 'delivered');

    expect(verdicts.map((v) => v.claim).sort()).toEqual(['acr', 'at_hash', 'aud', 'auth_time', 'azp', 'exp', 'iat', 'iss', 'nonce', 'sub']);
    for (const verdict of verdicts) expect(verdict, verdict.claim).toMatchObject({ source: 'protocol', message: { code: 'registered-claim' } });
  });

  it('says the profile and email claims are at userinfo, and does not suggest a claims parameter it does not take', () => {
    const verdicts = claimsOf(fullRun);

    expect(find(verdicts, 'name', 'id_token')).toMatchObject({ outcome: 'at-userinfo', scope: 'profile', message: { code: 'at-userinfo', claimsParameter: 'not-supported' } });
    expect(find(verdicts, 'email', 'id_token')).toMatchObject({ outcome: 'at-userinfo', scope: 'email' });
    const grouped = groupClaimVerdicts(verdicts);
    expect(grouped.atUserinfo).toEqual([
      { scope: 'profile', claims: ['name', 'preferred_username'], claimsParameter: 'not-supported' },
      { scope: 'email', claims: ['email'], claimsParameter: 'not-supported' },
    ]);
    for (const entry of grouped.atUserinfo) expect(scopeAtUserinfoText(entry.scope, entry.claims, entry.claimsParameter)).not.toContain('claims.id_token');
  });

  it('delivers name, preferred_username and email at userinfo from the granted scopes', () => {
    const verdicts = claimsOf(fullRun);

    expect(find(verdicts, 'name', 'userinfo')).toMatchObject({ outcome: 'delivered', source: 'scope', message: { code: 'from-scope', scope: 'profile' } });
    expect(find(verdicts, 'preferred_username', 'userinfo')).toMatchObject({ outcome: 'delivered', message: { code: 'from-scope', scope: 'profile' } });
    expect(find(verdicts, 'email', 'userinfo')).toMatchObject({ outcome: 'delivered', message: { code: 'from-scope', scope: 'email' } });
  });

  it('calls the standard claims its claims_supported omits expected absences it does not release, never unknown', () => {
    const verdicts = claimsOf(fullRun);

    for (const claim of ['given_name', 'family_name', 'nickname', 'birthdate', 'email_verified']) {
      expect(find(verdicts, claim, 'userinfo'), claim).toMatchObject({
        outcome: 'missing',
        absence: 'expected',
        reason: { code: 'standard-not-in-claims-supported' },
        message: { code: 'standard-claim-not-supported' },
      });
    }
    expect(groupClaimVerdicts(verdicts).summary).toMatchObject({ surprisingAbsences: 0, atUserinfo: 3 });
  });

  it('says the phone claims are missing because the provider did not grant phone', () => {
    const verdicts = claimsOf(droppedRun);

    expect(find(verdicts, 'phone_number', 'userinfo')).toMatchObject({ outcome: 'missing', absence: 'expected', message: { code: 'scope-not-granted', scope: 'phone' } });
    expect(find(verdicts, 'name', 'userinfo')).toBeUndefined();
  });

  it('finds nothing wrong with its time claims', () => {
    expect(checkClaimValues(fullRun.idTokenPayload, { now: fullRun.idTokenPayload.iat + 5 })).toEqual([]);
  });
});
