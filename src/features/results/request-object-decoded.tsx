import { REQUEST_OBJECT_DECODED_TEXT } from '../../domain/messages/request-object-messages';
import { TEST_IDS } from '../../test-ids';

/** RFC 9101: the request object a step sent, its header and payload as text (never markup). */
export function RequestObjectDecoded({ decoded }: { decoded: { readonly header: string; readonly payload: string } }) {
  return (
    <div data-testid={TEST_IDS.requestObjectDecoded}>
      <h4>{REQUEST_OBJECT_DECODED_TEXT.heading}</h4>
      <p className="muted small">{REQUEST_OBJECT_DECODED_TEXT.header}</p>
      <pre>{decoded.header}</pre>
      <p className="muted small">{REQUEST_OBJECT_DECODED_TEXT.payload}</p>
      <pre>{decoded.payload}</pre>
    </div>
  );
}
