import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from '../request/composed-request';
import { exportPlaywrightSpec, specAssertions, type RunOutcome } from './playwright-spec';

const outcome: RunOutcome = {
  signature: 'valid',
  scopes: [
    { scope: 'openid', outcome: 'granted' },
    { scope: 'email', outcome: 'granted' },
    { scope: 'address', outcome: 'dropped-by-policy' },
  ],
  claims: [
    { claim: 'sub', target: 'id_token', outcome: 'delivered', source: 'protocol' },
    { claim: 'email', target: 'userinfo', outcome: 'delivered', source: 'scope' },
    { claim: 'address', target: 'userinfo', outcome: 'missing', source: 'scope' },
  ],
};

function exported(request = DEFAULT_REQUEST, result = outcome) {
  const spec = exportPlaywrightSpec(request, result);
  if (spec.outcome !== 'ready') throw new Error(spec.message);
  return spec;
}

describe('exportPlaywrightSpec', () => {
  it('starts an unattended, deterministic mock run through the URL contract', () => {
    const params = new URL(exported().path, 'http://app.test').searchParams;

    expect(Object.fromEntries(params)).toMatchObject({
      issuer: 'mock',
      scope: 'openid profile email',
      allowed_scopes: 'openid profile email phone offline_access',
      profile: 'hosted-login',
      clock: '2026-01-01T00:00:00.000Z',
      seed: 'exported-run',
      autostart: '1',
      autologin: '1',
    });
  });

  it('keeps the run’s own clock, seed and claims request', () => {
    const request = { ...DEFAULT_REQUEST, claimsText: '{"id_token": {"gender": null}}', mock: { ...DEFAULT_REQUEST.mock, clock: '2030-05-05T10:00:00Z', seed: 'Demo 7' } };
    const spec = exported(request);
    const params = new URL(spec.path, 'http://app.test').searchParams;

    expect(params.get('clock')).toBe('2030-05-05T10:00:00Z');
    expect(params.get('seed')).toBe('Demo 7');
    expect(JSON.parse(params.get('claims')!)).toEqual({ id_token: { gender: null } });
    expect(spec.fileName).toBe('oidc-run-demo-7.spec.ts');
  });

  it('writes web-first assertions for the signature, every scope and every claim, and a screenshot', () => {
    const { text } = exported();

    expect(text).toContain(`await expect(page.locator("[data-testid=\\"signature-status\\"]")).toHaveAttribute("data-status", "valid");`);
    expect(text).toContain(`await expect(page.locator("[data-testid=\\"scope-outcome\\"][data-scope=\\"address\\"]")).toHaveAttribute("data-outcome", "dropped-by-policy");`);
    expect(text).toContain(`await expect(page.locator("[data-testid=\\"claim-outcome\\"]")).toHaveCount(3);`);
    expect(text).toContain(`await expect(page.locator("[data-testid=\\"claim-outcome\\"][data-claim=\\"email\\"][data-target=\\"userinfo\\"]")).toHaveAttribute("data-source", "scope");`);
    expect(text).toContain('toHaveScreenshot("scope-table.png")');
  });

  it('changes its assertions when the outcome changes', () => {
    const changed: RunOutcome = { ...outcome, scopes: outcome.scopes.map((s) => (s.scope === 'address' ? { ...s, outcome: 'granted' } : s)), claims: outcome.claims.slice(0, 2) };

    const before = specAssertions(outcome);
    const after = specAssertions(changed);

    expect(after).not.toEqual(before);
    expect(after).toContainEqual({ kind: 'attribute', selector: '[data-testid="scope-outcome"][data-scope="address"]', attribute: 'data-outcome', value: 'granted' });
    expect(after).toContainEqual({ kind: 'count', selector: '[data-testid="claim-outcome"]', count: 2 });
    expect(exported(DEFAULT_REQUEST, changed).text).not.toBe(exported().text);
  });

  it('is valid TypeScript even when a claim name holds quotes and backslashes', () => {
    const odd: RunOutcome = { ...outcome, claims: [{ claim: 'we"ird\\name\'', target: 'userinfo', outcome: 'delivered', source: 'custom-claim' }] };
    const { text } = exported(DEFAULT_REQUEST, odd);

    const result = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });

    expect(result.diagnostics).toEqual([]);
    expect(text).toContain(String.raw`[data-claim=\"we\\\"ird\\\\name'\"]`);
  });

  it('refuses a run against a real provider, saying why', () => {
    expect(exportPlaywrightSpec({ ...DEFAULT_REQUEST, issuer: 'https://login.example.com' }, outcome)).toMatchObject({ outcome: 'unsupported', message: expect.stringContaining('mock') });
  });
});
