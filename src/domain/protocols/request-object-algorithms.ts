/**
 * §10.2 / §4: the algorithms the mock accepts (what its discovery advertises). `none` is never
 * accepted: an unsigned object proves nothing (§6.1 leaves it to the server; FAPI forbids it).
 * HS256 needs a client secret (§4: "signed with … a shared symmetric key"), which the mock's
 * public client does not have.
 */
export const REQUEST_OBJECT_ALGORITHMS = ['ES256', 'RS256', 'HS256'] as const;
export type RequestObjectAlgorithm = (typeof REQUEST_OBJECT_ALGORITHMS)[number];
