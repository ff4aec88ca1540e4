import { decodeJwt, decodeProtectedHeader } from 'jose';

/**
 * Where a request object travelled in a recorded run (RFC 9101 §5.1 by value in the authorize URL;
 * RFC 9126 §3 in a PAR body), for the wire changes and the raw HTTP step.
 */
export function requestObjectInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).searchParams.get('request') ?? undefined;
  } catch {
    return undefined;
  }
}

export function requestObjectInBody(body: string | undefined): string | undefined {
  if (!body) return undefined;
  return new URLSearchParams(body).get('request') ?? undefined;
}

/** The request object a step sent, decoded as text (header and payload), if it sent one. */
export function decodedRequestObjectOf(step: { readonly url?: string; readonly requestBody?: string }): { readonly header: string; readonly payload: string } | undefined {
  const jwt = requestObjectInBody(step.requestBody) ?? requestObjectInUrl(step.url);
  return jwt ? decodeRequestObject(jwt) : undefined;
}

/** The object as text for the raw HTTP step: header and payload pretty-printed, never interpreted as markup. */
export function decodeRequestObject(jwt: string): { readonly header: string; readonly payload: string } | undefined {
  try {
    return { header: JSON.stringify(decodeProtectedHeader(jwt), null, 2), payload: JSON.stringify(decodeJwt(jwt), null, 2) };
  } catch {
    return undefined;
  }
}
