import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, type ComposedRequest } from '../../domain/request/composed-request';
import { SEED_USER } from '../../domain/mock/user-profile';
import { completedRun, providerKeys } from '../../testing/signed-run';
import { TEST_IDS } from '../../test-ids';
import { RunClaimsTable } from './run-claims-table';

const SUB = SEED_USER.uuid;

async function renderRun(options: { request?: Partial<ComposedRequest>; userinfo?: unknown; failure?: boolean; idTokenClaims?: Record<string, unknown>; scope?: string }) {
  const keys = await providerKeys();
  const idToken = await keys.sign({ sub: SUB, exp: 1768473000, iat: 1768469400, ...options.idTokenClaims });
  const run = completedRun({
    request: { ...DEFAULT_REQUEST, ...options.request },
    requestedScopes: (options.scope ?? 'openid profile email').split(' '),
    tokenResponse: { access_token: 'at', id_token: idToken, token_type: 'Bearer', scope: options.scope ?? 'openid profile email' },
    userinfo: options.userinfo,
    ...(options.failure ? { failure: { error: 'server_error', description: 'Userinfo answered 500.', stage: 'userinfo' } as const } : {}),
  });
  render(<RunClaimsTable run={run} />);
}

const row = (claim: string, target = 'userinfo') =>
  screen.getAllByTestId(TEST_IDS.claimOutcome).find((r) => r.dataset.claim === claim && r.dataset.target === target);

describe('RunClaimsTable after a failed userinfo step', () => {
  it('lists each claim userinfo would have brought as not received because the step failed, counted apart', async () => {
    await renderRun({ failure: true, userinfo: undefined });

    for (const claim of ['sub', 'email', 'email_verified', 'name', 'global_sub']) {
      expect(row(claim)?.dataset.absence, claim).toBe('step-failed');
      expect(row(claim)?.textContent).toContain('the userinfo call failed');
    }
    const summary = screen.getByTestId(TEST_IDS.claimsSummary);
    expect(Number(summary.dataset.notReceived)).toBeGreaterThanOrEqual(5);
    expect(summary.textContent).toMatch(/\d+ not received because the userinfo call failed/);
    expect(summary.dataset.surprising).toBe('0');
  });
});

describe('RunClaimsTable wording of standard and unknown claims', () => {
  it('calls a standard claim Hosted Login does not release by its name, never unknown', async () => {
    await renderRun({ request: { claimsText: '{"userinfo":{"picture":null}}' }, userinfo: { sub: SUB } });

    expect(row('picture')?.textContent).toContain('picture is a standard claim (OIDC Core §5.1) that Hosted Login does not release');
    expect(row('picture')?.textContent).not.toContain('not a claim this provider knows');
  });

  it('says claim names are case-sensitive only where a claim of another case exists', async () => {
    await renderRun({ request: { claimsText: '{"userinfo":{"Gender":null,"favourite_colour":null}}' }, userinfo: { sub: SUB } });

    expect(row('Gender')?.textContent).toContain('case-sensitive');
    expect(row('favourite_colour')?.textContent).toContain('not a claim this provider knows');
    expect(row('favourite_colour')?.textContent).not.toContain('case-sensitive');
  });
});

describe('RunClaimsTable and essential', () => {
  it('explains essential on a claim the user has no value for, and counts it as a surprising absence', async () => {
    const user = Object.fromEntries(Object.entries(SEED_USER).filter(([name]) => name !== 'middleName'));
    await renderRun({
      request: { claimsText: '{"userinfo":{"middle_name":{"essential":true}}}', mock: { ...DEFAULT_REQUEST.mock, userText: JSON.stringify(user) } },
      userinfo: { sub: SUB, name: 'Karim Nafir' },
      scope: 'openid',
    });

    const middle = row('middle_name');
    expect(middle?.textContent).toContain('the user’s profile has no value for middleName');
    expect(middle?.textContent).toContain('essential means requested, not guaranteed (OIDC Core §5.5.1)');
    expect(middle?.dataset.absence).toBe('surprising');
    expect(screen.getByTestId(TEST_IDS.claimsSummary).dataset.surprising).toBe('1');
  });

  it('says whether the value asked for came', async () => {
    await renderRun({ request: { claimsText: '{"id_token":{"gender":{"value":"female"}}}' }, idTokenClaims: { gender: 'male' }, userinfo: { sub: SUB } });

    expect(row('gender', 'id_token')?.textContent).toContain('it does not have the value "female" asked for');
  });
});
