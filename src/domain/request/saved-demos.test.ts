import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from './composed-request';
import { EMPTY_BRANDING } from '../mock/branding';
import { DEMO_LIMITS, checkDemoName, deleteDemo, demoLink, renameDemo, reviveDemos, saveDemo, type SavedDemo } from './saved-demos';
import { readUrlParameters } from './url-parameters';

const demo = (id: string, name: string): SavedDemo => ({
  id,
  name,
  savedAt: '2026-12-07T10:00:00Z',
  request: { ...DEFAULT_REQUEST, mock: { ...DEFAULT_REQUEST.mock, branding: { ...EMPTY_BRANDING, providerName: 'Acme ID' } } },
  options: { presenter: true },
});

describe('saved demos', () => {
  it('saves, renames and deletes, newest first', () => {
    const first = saveDemo([], demo('a', ' Acme kickoff '));
    expect(first).toMatchObject({ outcome: 'saved', demos: [{ id: 'a', name: 'Acme kickoff' }] });
    if (first.outcome !== 'saved') return;
    const second = saveDemo(first.demos, demo('b', 'Bizcorp'));
    expect(second.outcome === 'saved' && second.demos.map((d) => d.id)).toEqual(['b', 'a']);
    if (second.outcome !== 'saved') return;
    const renamed = renameDemo(second.demos, 'a', 'Acme, second call');
    expect(renamed.outcome === 'saved' && renamed.demos.find((d) => d.id === 'a')?.name).toBe('Acme, second call');
    expect(deleteDemo(second.demos, 'b').map((d) => d.id)).toEqual(['a']);
  });

  it('refuses an empty, overlong or taken name, and a full list', () => {
    const demos = [demo('a', 'Acme')];
    expect(checkDemoName(demos, '  ')).toBe('empty');
    expect(checkDemoName(demos, 'x'.repeat(DEMO_LIMITS.nameCharacters + 1))).toBe('too-long');
    expect(checkDemoName(demos, 'acme')).toBe('taken');
    expect(checkDemoName(demos, 'Acme', 'a')).toBeUndefined();
    const full = Array.from({ length: DEMO_LIMITS.demos }, (_, i) => demo(String(i), `Demo ${i}`));
    expect(saveDemo(full, demo('z', 'One more'))).toEqual({ outcome: 'refused', problem: 'full' });
  });

  it('makes a link that opens the demo in presenter mode, with its branding', () => {
    const link = new URL(demoLink('https://play.example/', demo('a', 'Acme')));
    expect(link.searchParams.get('presenter')).toBe('1');
    expect(readUrlParameters(link.searchParams)?.request.mock.branding.providerName).toBe('Acme ID');
    expect(link.toString()).not.toMatch(/access_token|code_verifier|client_secret/);
  });

  it('revives what was stored and drops what is not a demo', () => {
    const stored = JSON.parse(JSON.stringify([demo('a', 'Acme'), { id: 3 }, 'x', { id: 'b', name: '' }])) as unknown;
    expect(reviveDemos(stored)).toEqual([demo('a', 'Acme')]);
    expect(reviveDemos('nonsense')).toEqual([]);
  });
});
