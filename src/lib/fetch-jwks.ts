/**
 * The provider's JWKS, or undefined when it cannot be read: verification then says the signature
 * was not checked instead of failing the run.
 */
export function fetchJwks(jwksUri: string | undefined): Promise<unknown> {
  if (!jwksUri) return Promise.resolve(undefined);
  return fetch(jwksUri).then(
    (response) => response.json() as Promise<unknown>,
    () => undefined,
  );
}
