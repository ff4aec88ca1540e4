import { useState } from 'react';
import { REQUEST_OBJECT_MODE_TEXT, REQUEST_OBJECT_TEXT, requestObjectUnavailableText } from '../../domain/messages/request-object-messages';
import { switchAvailabilityText } from '../../domain/messages/protocol-messages';
import { DEFAULT_PROTOCOL_CHOICES } from '../../domain/protocols/protocol-choices';
import { DEFAULT_REQUEST_OBJECT_CHOICE, REQUEST_OBJECT_MODES, type RequestObjectChoice } from '../../domain/protocols/request-object-choice';
import { requestObjectAvailability } from '../../domain/protocols/request-object-availability';
import { REQUEST_OBJECT_ALGORITHMS } from '../../domain/protocols/request-object-algorithms';
import type { DiscoveryDocument } from '../../domain/provider/discovery-document';
import { isMockIssuer } from '../../domain/request/composed-request';
import { isDeterministic } from '../../domain/mock/mock-issuer';
import type { SectionProps } from '../../state/composed-request-store';
import { TEST_IDS } from '../../test-ids';

/**
 * RFC 9101: send the request as a signed request object, by value or by reference through PAR, and
 * the public key to register. The mode and algorithm are part of the composed request (links,
 * files); the key lives in this tab's memory only. Discovery decides which modes a provider offers.
 */
export function RequestObjectSwitch({ request, update, discovery }: Pick<SectionProps, 'request' | 'update'> & { discovery: DiscoveryDocument | undefined }) {
  const choice = request.protocols?.requestObject ?? DEFAULT_REQUEST_OBJECT_CHOICE;
  const mock = isMockIssuer(request.issuer);
  const found = requestObjectAvailability(choice, mock ? undefined : discovery, !mock && request.confidential);
  // The mock's discovery offers both modes with ES256 and RS256 (its client is public: no HS256).
  const availability = mock && found.availability === 'unknown' ? ({ availability: 'offered' } as const) : found;
  const note =
    availability.availability === 'not-offered'
      ? requestObjectUnavailableText(availability.reason)
      : availability.availability === 'unknown' && !mock
        ? switchAvailabilityText(availability)
        : undefined;
  const set = (next: Partial<RequestObjectChoice>) =>
    update((r) => ({ ...r, protocols: { ...(r.protocols ?? DEFAULT_PROTOCOL_CHOICES), requestObject: { ...(r.protocols?.requestObject ?? DEFAULT_REQUEST_OBJECT_CHOICE), ...next } } }));
  return (
    <fieldset className="field request-object" data-testid={TEST_IDS.protocolSwitch} data-switch="request-object" data-available={availability.availability === 'offered' ? 'yes' : availability.availability === 'not-offered' ? 'no' : 'unknown'}>
      <legend>{REQUEST_OBJECT_TEXT.legend}</legend>
      {REQUEST_OBJECT_MODES.map((mode) => (
        <div key={mode}>
          <label className="check-line">
            <input type="radio" name="request-object-mode" value={mode} checked={choice.mode === mode} aria-describedby={`request-object-${mode}-hint`} onChange={() => set({ mode })} />
            {REQUEST_OBJECT_MODE_TEXT[mode].label}
          </label>
          <span id={`request-object-${mode}-hint`} className="muted small">{REQUEST_OBJECT_MODE_TEXT[mode].hint}</span>
        </div>
      ))}
      {choice.mode !== 'off' && (
        <>
          <label className="check-line">
            {REQUEST_OBJECT_TEXT.algorithm}{' '}
            <select value={choice.alg} onChange={(event) => set({ alg: event.target.value as RequestObjectChoice['alg'] })}>
              {REQUEST_OBJECT_ALGORITHMS.map((alg) => <option key={alg} value={alg}>{alg}</option>)}
            </select>
          </label>
          {note && <p className="muted small" role="note">{note}</p>}
          <PublicKey choice={choice} mock={mock} fixed={mock && isDeterministic(request.mock)} />
        </>
      )}
    </fieldset>
  );
}

/** The public JWK the user registers (the mock registers it by itself at launch); the private key never shows. */
function PublicKey({ choice, mock, fixed }: { choice: RequestObjectChoice; mock: boolean; fixed: boolean }) {
  const [shown, setShown] = useState<{ slot: string; text: string } | undefined>();
  if (choice.alg === 'HS256') return <p className="muted small">{REQUEST_OBJECT_TEXT.keyHintSecret}</p>;
  const alg = choice.alg;
  const slot = `${alg}:${fixed}`;
  // The signing code loads only when a key is asked for: the compose screen paints without it.
  const show = () => void import('../../lib/request-object').then(({ requestObjectKey }) => requestObjectKey(alg, fixed)).then((key) => setShown({ slot, text: JSON.stringify(key.publicJwk, null, 2) }));
  return (
    <div className="request-object-key">
      <p className="muted small">
        {mock ? REQUEST_OBJECT_TEXT.keyHintMock : REQUEST_OBJECT_TEXT.keyHintReal}
        {fixed && <> {REQUEST_OBJECT_TEXT.keyHintFixed}</>}
      </p>
      {shown?.slot === slot ? (
        <>
          <h4 id="request-object-key-heading">{REQUEST_OBJECT_TEXT.keyHeading}</h4>
          <pre aria-labelledby="request-object-key-heading" data-testid={TEST_IDS.requestObjectPublicKey} tabIndex={0}>{shown.text}</pre>
        </>
      ) : (
        <button type="button" onClick={show}>{REQUEST_OBJECT_TEXT.makeKey}</button>
      )}
    </div>
  );
}
