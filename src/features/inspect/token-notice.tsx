import type { DecodedToken } from '../../domain/tokens/decode-token';
import { TEST_IDS } from '../../test-ids';

type NotJwt = Exclude<DecodedToken, { kind: 'jwt' } | { kind: 'empty' }>;

/** Why a pasted value cannot be decoded, and what can be done about it. */
export function TokenNotice({ decoded }: { decoded: NotJwt }) {
  return (
    <div className="notice" role={decoded.kind === 'malformed' ? 'alert' : 'status'} data-testid={TEST_IDS.inspectMessage} data-kind={decoded.kind}>
      <strong>{TITLE[decoded.kind]}</strong> <Detail decoded={decoded} />
    </div>
  );
}

const TITLE: Record<NotJwt['kind'], string> = {
  opaque: 'An opaque token.',
  encrypted: 'An encrypted JWT (JWE).',
  malformed: 'Not a readable token.',
};

function Detail({ decoded }: { decoded: NotJwt }) {
  switch (decoded.kind) {
    case 'opaque':
      return (
        <>
          These {decoded.length} characters are a reference, not a JWT: there is nothing in them to decode or verify. Only the
          provider that issued it can say what it stands for, through token introspection (RFC 7662), which needs the client’s
          credentials. Nothing was fetched.
        </>
      );
    case 'encrypted':
      return (
        <>
          It is encrypted ({String(decoded.header.alg)}, {String(decoded.header.enc)}) for its recipient; only that party’s key can
          read the claims. Nothing was fetched.
        </>
      );
    case 'malformed':
      return <>{decoded.message}</>;
  }
}
