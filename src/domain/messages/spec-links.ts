import type { SpecReference } from '../scopes-and-claims/registered-claims';

const CORE = 'https://openid.net/specs/openid-connect-core-1_0.html';
const rfc = (number: number, section: string): string => `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`;

/**
 * Where each citation a catalogue sentence makes is defined. Sentences cite in plain text (the
 * visible wording is the contract); this table lets a view, or a later explanation, turn a
 * citation into a link without parsing prose by hand.
 */
const SPEC_LINKS: Readonly<Record<string, string>> = {
  'OIDC Core §2': `${CORE}#IDToken`,
  'OIDC Core §3.1.2.1': `${CORE}#AuthRequest`,
  'OIDC Core §5.1': `${CORE}#StandardClaims`,
  'OIDC Core §5.3': `${CORE}#UserInfo`,
  'OIDC Core §5.4': `${CORE}#ScopeClaims`,
  'OIDC Core §5.5.1': `${CORE}#IndividualClaimsRequests`,
  'OIDC Core §11': `${CORE}#OfflineAccess`,
  'RFC 6749 §4.4': rfc(6749, '4.4'),
  'RFC 6749 §4.4.3': rfc(6749, '4.4.3'),
  'RFC 6749 §5.1': rfc(6749, '5.1'),
  'RFC 6749 §5.2': rfc(6749, '5.2'),
  'RFC 8414 §2': rfc(8414, '2'),
  'RFC 9068 §2.1': rfc(9068, '2.1'),
  'RFC 9068 §2.2': rfc(9068, '2.2'),
  'RFC 9068 §2.2.3': rfc(9068, '2.2.3'),
  'RFC 9126 §6': rfc(9126, '6'),
  'RFC 9207 §2.4': rfc(9207, '2.4'),
  'RFC 9449 §6.1': rfc(9449, '6.1'),
};

const CITATION = /(?:OIDC Core|RFC \d+) §[\d.]*\d/g;

/** The citations a sentence makes, each with its link; a citation missing from the table is returned without a url. */
export function citationsIn(text: string): Array<SpecReference | { readonly label: string; readonly url: undefined }> {
  return [...text.matchAll(CITATION)].map(([label]) => {
    const url = Object.hasOwn(SPEC_LINKS, label) ? SPEC_LINKS[label] : undefined;
    return url ? { label, url } : { label, url: undefined };
  });
}
