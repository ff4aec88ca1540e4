import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from '../request/composed-request';
import { CONTRACT_TEST_IDS } from '../../test-ids';
import { FIRST_ASSERTION_TIMEOUT, TEST_TIMEOUT, exportPlaywrightSpec, specAssertions, type RunOutcome } from './playwright-spec';

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

    expect(text).toContain(`await expect(page.locator("[data-testid=\\"signature-status\\"]")).toHaveAttribute("data-status", "valid", { timeout: 20_000 });`);
    expect(text).toContain(`await expect(page.locator("[data-testid=\\"scope-outcome\\"][data-scope=\\"address\\"]")).toHaveAttribute("data-outcome", "dropped-by-policy");`);
    expect(text).toContain(`await expect(page.locator("[data-testid=\\"claim-outcome\\"]")).toHaveCount(3);`);
    expect(text).toContain(`await expect(page.locator("[data-testid=\\"claim-outcome\\"][data-claim=\\"email\\"][data-target=\\"userinfo\\"]")).toHaveAttribute("data-source", "scope");`);
    expect(text).toContain('toHaveScreenshot("scope-table.png")');
  });

  it('finds everything by the automation contract’s test ids, and nothing else', () => {
    const contract = new Set<string>(Object.values(CONTRACT_TEST_IDS));
    const { text } = exported();

    for (const { selector } of specAssertions(outcome)) {
      const testId = /^\[data-testid="([^"]+)"\](\[data-[a-z]+="[^"]*"\])*$/.exec(selector)?.[1];
      expect(testId !== undefined && contract.has(testId), selector).toBe(true);
    }
    expect(text).not.toMatch(/locator\("[#.]/);
    expect(text).toContain('page.locator("[data-testid=\\"scope-table\\"]")).toHaveScreenshot("scope-table.png")');
  });

  it('waits as long as the README recommends: the test 60 s, the first assertion 20 s, no other step', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const { text } = exported();

    expect(readme).toContain(`test.setTimeout(${TEST_TIMEOUT});`);
    expect(readme).toContain(`{ timeout: ${FIRST_ASSERTION_TIMEOUT} }`);
    expect(text).toContain(`test.setTimeout(${TEST_TIMEOUT});`);
    expect(text.match(/timeout:/g)).toHaveLength(1);
    expect(text).toContain(`toHaveAttribute("data-status", "valid", { timeout: ${FIRST_ASSERTION_TIMEOUT} });`);
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
