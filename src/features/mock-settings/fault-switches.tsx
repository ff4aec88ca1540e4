import { FAULT_SWITCH_IDS, FAULT_SWITCHES } from '../../domain/mock/mock-faults';
import { setFaultSwitches, useFaultSwitches } from '../../state/fault-switches-store';

/** "Break the next request": each switch fires once, at the next sign-in, then turns itself off. */
export function FaultSwitches() {
  const faults = useFaultSwitches();
  return (
    <fieldset className="field">
      <legend>Break the next sign-in</legend>
      {FAULT_SWITCH_IDS.map((key) => (
        <label key={key} className="check-line">
          <input type="checkbox" checked={faults[key]} onChange={(e) => setFaultSwitches({ ...faults, [key]: e.target.checked })} />
          {FAULT_SWITCHES[key].label}
        </label>
      ))}
    </fieldset>
  );
}
