import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from '../../domain/request/composed-request';
import { completedRun } from '../../testing/signed-run';
import { TEST_IDS } from '../../test-ids';
import { ScopeTable } from './scope-table';

const outcomes = () =>
  Object.fromEntries(screen.getAllByTestId(TEST_IDS.scopeOutcome).map((row) => [row.dataset.scope, row.dataset.outcome]));

describe('ScopeTable', () => {
  it('shows each requested scope with its outcome under the mock token policy', () => {
    const run = completedRun({ requestedScopes: ['openid', 'email', 'address'], tokenResponse: { scope: 'openid email' } });

    render(<ScopeTable run={run} />);

    expect(outcomes()).toEqual({ openid: 'granted', email: 'granted', address: 'dropped-by-policy' });
    const address = screen.getAllByTestId(TEST_IDS.scopeOutcome).find((row) => row.dataset.scope === 'address')!;
    expect(within(address).getByText('dropped by policy')).toBeTruthy();
    expect(within(address).getByText('token policy excludes it')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Scopes: requested, allowed, granted' })).toBeTruthy();
  });

  it('says the granted scopes are assumed when a real provider sent no scope', () => {
    const run = completedRun({ request: { ...DEFAULT_REQUEST, issuer: 'https://op.example' }, requestedScopes: ['openid', 'email'], tokenResponse: {} });

    render(<ScopeTable run={run} />);

    expect(screen.getByText(/the granted scopes below are assumed to be those requested/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Scopes: requested and granted' })).toBeTruthy();
    expect(outcomes()).toEqual({ openid: 'granted', email: 'granted' });
  });

  it('lists a scope granted without being requested', () => {
    const run = completedRun({ requestedScopes: ['openid'], tokenResponse: { scope: 'openid offline_access' } });

    render(<ScopeTable run={run} />);

    expect(screen.getByText('Granted without being requested: offline_access.')).toBeTruthy();
  });

  it('gives offline_access refused without prompt=consent its own outcome, not dropped-by-policy (OIDC Core §11)', () => {
    const run = completedRun({ requestedScopes: ['openid', 'offline_access'], tokenResponse: { scope: 'openid' } });

    render(<ScopeTable run={run} />);

    expect(outcomes()).toEqual({ openid: 'granted', offline_access: 'ignored-without-consent' });
    const row = screen.getAllByTestId(TEST_IDS.scopeOutcome).find((r) => r.dataset.scope === 'offline_access')!;
    expect(within(row).getByText('ignored without consent')).toBeTruthy();
    expect(row.textContent).toContain('OIDC Core §11');
  });
});
