import type { MockSettings } from '../../domain/composed-request';
import { fixedClock } from '../../domain/seeded-random';

/** `clock` and `seed`: the same keys, codes, tokens and times on every run, for demos and snapshots. */
export function DeterministicMode({ settings, onChange }: { settings: MockSettings; onChange: (patch: Partial<MockSettings>) => void }) {
  const clockInvalid = settings.clock.trim() !== '' && fixedClock(settings.clock) === undefined;
  return (
    <fieldset className="field">
      <legend>Deterministic mode</legend>
      <div className="grid-2">
        <label className="field">
          Clock (ISO time used as “now”)
          <input
            value={settings.clock}
            placeholder="e.g. 2026-01-15T09:30:00Z"
            onChange={(e) => onChange({ clock: e.target.value })}
            aria-invalid={clockInvalid}
            spellCheck={false}
          />
        </label>
        <label className="field">
          Seed (same keys, codes and tokens)
          <input value={settings.seed} placeholder="e.g. demo" onChange={(e) => onChange({ seed: e.target.value })} spellCheck={false} />
        </label>
      </div>
      {clockInvalid && <p className="field-messages warning" role="alert">Not an ISO date-time; the real clock is used.</p>}
    </fieldset>
  );
}
