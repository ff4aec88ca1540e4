import { isPlainObject } from '../text/json-values';
import { INPUT_LIMITS, overLimitMessage } from '../text/input-limits';
import { CLAIM_CATALOGUE, STANDARD_CLAIMS } from './catalogue';
import { PROTOCOL_CLAIMS } from './protocol-claims';
import { jsonSyntaxProblem } from '../text/json-syntax-problem';
import { suggestName } from '../text/suggest-name';
import { locateMember, positionAt, type TextPosition } from '../text/text-position';

/**
 * The `claims` request parameter, OIDC Core 1.0 §5.5. Each requested claim is `null` (default
 * manner) or an object with `essential`, `value` or `values` (§5.5.1).
 */
export type ClaimTarget = 'userinfo' | 'id_token';
export const CLAIM_TARGETS: readonly ClaimTarget[] = ['userinfo', 'id_token'];

export interface ClaimRequestOptions {
  readonly essential?: boolean;
  readonly value?: unknown;
  readonly values?: readonly unknown[];
}
export type ClaimsRequest = Partial<Record<ClaimTarget, Record<string, ClaimRequestOptions | null>>>;

export interface ClaimsProblem {
  readonly message: string;
  readonly at: TextPosition;
}

export type ClaimsRequestParse =
  | { outcome: 'empty' }
  | { outcome: 'valid'; request: ClaimsRequest; warnings: readonly ClaimsProblem[] }
  | { outcome: 'invalid'; error: ClaimsProblem };

const KNOWN_CLAIMS = [...new Set([...CLAIM_CATALOGUE.map((c) => c.name), ...STANDARD_CLAIMS, ...PROTOCOL_CLAIMS])];

export interface ParseClaimsOptions {
  /** Claim names the provider knows beyond the standard ones (custom claims). */
  readonly extraKnownClaims?: readonly string[];
  /** Standard claims the provider in use does not release (a behaviour profile's), and its name. */
  readonly withheld?: { readonly claims: readonly string[]; readonly provider: string };
}

export function parseClaimsRequest(text: string, parseOptions: ParseClaimsOptions = {}): ClaimsRequestParse {
  if (text.trim() === '') return { outcome: 'empty' };
  // Checked before parsing: the compose screen re-checks on every keystroke.
  if (text.length > INPUT_LIMITS.claimsCharacters) {
    return { outcome: 'invalid', error: { message: overLimitMessage('The claims request', text.length, INPUT_LIMITS.claimsCharacters), at: positionAt(text, 0) } };
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { outcome: 'invalid', error: jsonSyntaxProblem(text, error) };
  }

  const fail = (message: string, path: readonly string[]): ClaimsRequestParse => ({
    outcome: 'invalid',
    error: { message, at: positionAt(text, locateMember(text, path)) },
  });

  if (!isPlainObject(parsed)) {
    return fail('The claims request must be a JSON object such as {"userinfo": {"email": null}}.', []);
  }

  const warnings: ClaimsProblem[] = [];
  const warn = (message: string, path: readonly string[]) =>
    warnings.push({ message, at: positionAt(text, locateMember(text, path)) });
  const known = [...KNOWN_CLAIMS, ...(parseOptions.extraKnownClaims ?? [])];
  const request: ClaimsRequest = {};

  for (const [member, claims] of Object.entries(parsed)) {
    if (!isTarget(member)) {
      warn(`"${member}" is not a member of a claims request (only "userinfo" and "id_token"); providers ignore it.`, [member]);
      continue;
    }
    if (!isPlainObject(claims)) {
      return fail(`"${member}" must be an object of claim names, e.g. {"${member}": {"email": null}}.`, [member]);
    }
    const target: Record<string, ClaimRequestOptions | null> = {};
    for (const [claim, options] of Object.entries(claims)) {
      const path = [member, claim];
      if (options !== null && !isPlainObject(options)) {
        return fail(`"${member}.${claim}" must be null or an object with "essential", "value" or "values".`, path);
      }
      if (options && 'essential' in options && typeof options.essential !== 'boolean') {
        return fail(`"${member}.${claim}.essential" must be true or false.`, [...path, 'essential']);
      }
      if (options && 'values' in options && !Array.isArray(options.values)) {
        return fail(`"${member}.${claim}.values" must be an array of acceptable values.`, [...path, 'values']);
      }
      if (options && 'value' in options && 'values' in options) {
        warn(`"${member}.${claim}" has both "value" and "values"; ask for one.`, path);
      }
      if (parseOptions.withheld?.claims.includes(claim)) {
        // OIDC Core §5.1: a standard claim is never unknown, only not released by this provider.
        warn(`"${claim}" is a standard claim (OIDC Core §5.1) that ${parseOptions.withheld.provider} does not release; it will not come.`, path);
      } else if (!known.includes(claim)) {
        const caseVariant = known.find((name) => name.toLowerCase() === claim.toLowerCase());
        const hint = caseVariant ?? suggestName(claim, known);
        const caseNote = caseVariant ? ' (claim names are case-sensitive)' : '';
        warn(`"${claim}" is not a claim this provider knows; it will be ignored${hint ? `. Did you mean "${hint}"?${caseNote}` : '.'}`, path);
      }
      target[claim] = options;
    }
    request[member] = target;
  }
  return { outcome: 'valid', request, warnings };
}

function isTarget(member: string): member is ClaimTarget {
  return (CLAIM_TARGETS as readonly string[]).includes(member);
}

/** Names asked for under one target, in the order written. */
export function requestedClaimNames(request: ClaimsRequest | undefined, target: ClaimTarget): string[] {
  return Object.keys(request?.[target] ?? {});
}
