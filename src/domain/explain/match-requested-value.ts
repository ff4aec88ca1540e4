import type { ClaimRequestOptions } from '../scopes-and-claims/parse-claims-request';

/**
 * Whether a delivered claim has the value a `claims` request asked for. OIDC Core §5.5.1: `value`
 * asks for one particular value, `values` for one of a list, both as requests rather than
 * conditions, so a provider may deliver another value and the client must check.
 * https://openid.net/specs/openid-connect-core-1_0.html#IndividualClaimsRequests
 */
export type RequestedValueMatch =
  | { readonly kind: 'value'; readonly matched: boolean; readonly asked: string }
  | { readonly kind: 'values'; readonly matched: boolean; readonly asked: string };

/** Undefined when neither `value` nor `values` was asked; `value` wins when both were (the parser warns). */
export function matchRequestedValue(options: ClaimRequestOptions, delivered: unknown): RequestedValueMatch | undefined {
  if (Object.hasOwn(options, 'value')) {
    return { kind: 'value', matched: sameJson(options.value, delivered), asked: JSON.stringify(options.value) ?? 'undefined' };
  }
  if (Array.isArray(options.values)) {
    const values: readonly unknown[] = options.values;
    return { kind: 'values', matched: values.some((value) => sameJson(value, delivered)), asked: JSON.stringify(values) };
  }
  return undefined;
}

/** JSON values compared as JSON: the claim came as JSON and was asked for as JSON. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
