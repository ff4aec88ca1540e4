import { FAULT_SWITCH_IDS, FAULT_SWITCHES, type MockFaults } from '../../domain/mock-faults';

/** "Break the next request": each switch fires once, at the next sign-in, then turns itself off. */
export function FaultSwitches({ faults, onChange }: { faults: MockFaults; onChange: (faults: MockFaults) => void }) {
  return (
    <fieldset className="field">
      <legend>Break the next sign-in</legend>
      {FAULT_SWITCH_IDS.map((key) => (
        <label key={key} className="check-line">
          <input type="checkbox" checked={faults[key]} onChange={(e) => onChange({ ...faults, [key]: e.target.checked })} />
          {FAULT_SWITCHES[key].label}
        </label>
      ))}
    </fieldset>
  );
}
