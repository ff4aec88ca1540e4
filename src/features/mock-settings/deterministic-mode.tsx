import { FieldMessages } from '../../components/field-messages';
import { fieldIsInvalid, type RequestProblem } from '../../domain/request/check-composed-request';
import type { MockSettings } from '../../domain/request/composed-request';

interface DeterministicModeProps {
  readonly settings: MockSettings;
  readonly onChange: (patch: Partial<MockSettings>) => void;
  readonly problems: readonly RequestProblem[];
}

/** `clock` and `seed`: the same keys, codes, tokens and times on every run, for demos and snapshots. */
export function DeterministicMode({ settings, onChange, problems }: DeterministicModeProps) {
  return (
    <fieldset className="field">
      <legend>Deterministic mode</legend>
      <div className="grid-2">
        <label className="field">
          Clock (ISO date and time used as “now”)
          <input
            id="field-mock-clock"
            value={settings.clock}
            placeholder="e.g. 2026-01-15T09:30:00Z"
            onChange={(e) => onChange({ clock: e.target.value })}
            aria-invalid={fieldIsInvalid(problems, 'mockClock')}
            aria-describedby="mockClock-messages"
            spellCheck={false}
          />
        </label>
        <label className="field">
          Seed (same keys, codes and tokens)
          <input value={settings.seed} placeholder="e.g. demo" onChange={(e) => onChange({ seed: e.target.value })} spellCheck={false} />
        </label>
      </div>
      <FieldMessages problems={problems} field="mockClock" id="mockClock-messages" />
    </fieldset>
  );
}
