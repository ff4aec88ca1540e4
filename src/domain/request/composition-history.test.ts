import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, withScopes, type ComposedRequest } from './composed-request';
import { addToHistory, hasUnsavedEdits, nameComposition, reviveHistory, trimHistory, type HistoryEntry } from './composition-history';

function entry(request: ComposedRequest, id = 'h1', reason: HistoryEntry['reason'] = 'launched'): HistoryEntry {
  return { id, name: nameComposition(request), savedAt: '2026-01-15T09:30:00.000Z', reason, request };
}

const withAddress = withScopes(DEFAULT_REQUEST, ['openid', 'email', 'address']);
const withPhone = withScopes(DEFAULT_REQUEST, ['openid', 'phone']);

describe('composition history', () => {
  it('names a composition by provider and scopes, then what sets it apart', () => {
    expect(nameComposition(withAddress)).toBe('Mock · openid email address');
    expect(nameComposition({ ...withPhone, issuer: 'https://login.example.com/t', prompt: 'login', claimsText: '{}' })).toBe(
      'login.example.com · openid phone · claims · prompt=login',
    );
  });

  it('puts the newest first and moves a composition saved again to the front instead of repeating it', () => {
    const history = addToHistory(addToHistory([], entry(withAddress, 'a')), entry(withPhone, 'b'));
    const again = addToHistory(history, entry(withAddress, 'c'));

    expect(history.map((e) => e.id)).toEqual(['b', 'a']);
    expect(again.map((e) => e.id)).toEqual(['c', 'b']);
  });

  it('drops the oldest entries past the entry limit and the size limit', () => {
    const many = [1, 2, 3, 4].reduce<HistoryEntry[]>((h, n) => addToHistory(h, entry({ ...withAddress, loginHint: `u${n}` }, `e${n}`), { maxEntries: 3, maxChars: 1e9 }), []);
    expect(many.map((e) => e.id)).toEqual(['e4', 'e3', 'e2']);

    const oneSize = JSON.stringify([entry(withAddress)]).length;
    const capped = addToHistory([entry(withPhone, 'old')], entry(withAddress, 'new'), { maxEntries: 10, maxChars: oneSize + 10 });
    expect(capped.map((e) => e.id)).toEqual(['new']);
  });

  it('trims to the newest entries and says how many older ones went; a short history has nothing to trim', () => {
    const five = [1, 2, 3, 4, 5].reduce<HistoryEntry[]>((h, n) => addToHistory(h, entry({ ...withAddress, loginHint: `u${n}` }, `e${n}`)), []);
    const trimmed = trimHistory(five);
    expect(trimmed.entries.map((e) => e.id)).toEqual(['e5', 'e4', 'e3']);
    expect(trimmed.removed).toBe(2);
    expect(trimHistory(five.slice(0, 2))).toEqual({ entries: five.slice(0, 2), removed: 0 });
  });

  it('counts edits as unsaved unless they are the defaults or already in the history', () => {
    expect(hasUnsavedEdits(DEFAULT_REQUEST, [])).toBe(false);
    expect(hasUnsavedEdits(withAddress, [])).toBe(true);
    expect(hasUnsavedEdits(withAddress, [entry(withAddress)])).toBe(false);
  });

  it('revives a stored history and skips unreadable entries', () => {
    const stored = JSON.parse(JSON.stringify([entry(withAddress), { id: 1 }, 'x', { ...entry(withPhone), reason: 'other' }])) as unknown;
    expect(reviveHistory(stored)).toEqual([entry(withAddress)]);
    expect(reviveHistory('nonsense')).toEqual([]);
  });
});
