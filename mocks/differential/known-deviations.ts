/** Where the mock still falls short of a spec and no test enshrines it; rendered into docs/conformance.md. */
export interface KnownDeviation {
  readonly title: string;
  readonly detail: string;
  readonly reference: string;
}

export const KNOWN_DEVIATIONS: readonly KnownDeviation[] = [
  {
    title: 'A missing Bearer token still gets error="invalid_token"',
    detail: 'in WWW-Authenticate and in the body; a request with no authentication SHOULD NOT carry an error code.',
    reference: 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1',
  },
  {
    title: 'POST to the authorization endpoint is unsupported',
    detail: 'OIDC Core makes it a MUST (the oidcc-ensure-post-request-succeeds module); the mock login page is an app route reached by navigation.',
    reference: 'https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest',
  },
];
