import { DEFAULT_REQUEST_OBJECT_CHOICE, reviveRequestObjectChoice, type RequestObjectChoice } from './request-object-choice';

/**
 * The protocol switches a person turned on for a request. Each changes what goes over the wire,
 * not what is asked for: src/domain/protocols/wire-changes.ts reads what they changed.
 */
export interface ProtocolChoices {
  /** RFC 9126: push the authorize parameters to the PAR endpoint first. */
  readonly par: boolean;
  /** RFC 9449: bind the tokens to a key made in the page; every token call carries a DPoP proof. */
  readonly dpop: boolean;
  /** RFC 9101: the authorize parameters travel as a signed request object (request-object-choice.ts). */
  readonly requestObject?: RequestObjectChoice;
  /** OAuth 2.0 Multiple Response Type Encoding Practices §2.1: the code comes back in the fragment. */
  readonly fragment: boolean;
  /** RFC 6749 §4.4: a confidential client asks for a token in its own name; no browser redirect. */
  readonly clientCredentials: boolean;
}

/** The on/off switches; the request object has its own control (a mode and an algorithm). */
export type ProtocolSwitch = Exclude<keyof ProtocolChoices, 'requestObject'>;

export const PROTOCOL_SWITCHES: readonly ProtocolSwitch[] = ['par', 'dpop', 'fragment', 'clientCredentials'];

export const DEFAULT_PROTOCOL_CHOICES: ProtocolChoices = { par: false, dpop: false, fragment: false, clientCredentials: false, requestObject: DEFAULT_REQUEST_OBJECT_CHOICE };

/** Reads stored or imported choices back, a switch at a time; anything but `true` is off. */
export function reviveProtocolChoices(value: unknown): ProtocolChoices {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    par: stored.par === true,
    dpop: stored.dpop === true,
    fragment: stored.fragment === true,
    clientCredentials: stored.clientCredentials === true,
    requestObject: reviveRequestObjectChoice(stored.requestObject),
  };
}
