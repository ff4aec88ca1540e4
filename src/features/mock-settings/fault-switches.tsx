import type { MockFaults } from '../../domain/composed-request';

const SWITCHES: ReadonlyArray<{ key: keyof MockFaults; label: string }> = [
  { key: 'tokenInvalidGrant', label: 'Token endpoint answers invalid_grant' },
  { key: 'userinfoServerError', label: 'Userinfo answers 500' },
  { key: 'slowJwks', label: 'JWKS answers after 3 seconds' },
];

/** "Break the next request": each switch fires once, at the next sign-in, then turns itself off. */
export function FaultSwitches({ faults, onChange }: { faults: MockFaults; onChange: (faults: MockFaults) => void }) {
  return (
    <fieldset className="field">
      <legend>Break the next sign-in</legend>
      {SWITCHES.map(({ key, label }) => (
        <label key={key} className="check-line">
          <input type="checkbox" checked={faults[key]} onChange={(e) => onChange({ ...faults, [key]: e.target.checked })} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
