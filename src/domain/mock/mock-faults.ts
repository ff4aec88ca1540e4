/**
 * "Break the next request": one-shot faults of the mock provider, so people can see how a client
 * fails. One table: the switches the settings panel shows, the type, the all-off value and the
 * reading back of stored switches all come from it; the provider keeps the armed ones in its own
 * store (mocks/provider/faults.ts) and turns each off when it fires.
 */
export const FAULT_SWITCHES = {
  tokenInvalidGrant: { label: 'Token endpoint answers invalid_grant' },
  userinfoServerError: { label: 'Userinfo answers 500' },
  slowJwks: { label: 'JWKS answers after 3 seconds' },
} as const satisfies Record<string, { readonly label: string }>;

export type FaultSwitch = keyof typeof FAULT_SWITCHES;

export type MockFaults = Readonly<Record<FaultSwitch, boolean>>;

export const FAULT_SWITCH_IDS = Object.keys(FAULT_SWITCHES) as readonly FaultSwitch[];

export const NO_FAULTS: MockFaults = Object.fromEntries(FAULT_SWITCH_IDS.map((fault) => [fault, false])) as Record<FaultSwitch, boolean>;

/** Reads stored switches back: only a stored `true` arms a fault. */
export function reviveFaults(value: unknown): MockFaults {
  if (typeof value !== 'object' || value === null) return NO_FAULTS;
  const stored = value as Partial<Record<FaultSwitch, unknown>>;
  return Object.fromEntries(FAULT_SWITCH_IDS.map((fault) => [fault, stored[fault] === true])) as Record<FaultSwitch, boolean>;
}
