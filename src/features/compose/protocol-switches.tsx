import { Panel } from '../../components/panel';
// From its module, not the barrel: the barrel's chunk is on the first route.
import { PROTOCOL_SWITCH_TEXT, switchAvailabilityText } from '../../domain/messages/protocol-messages';
import { DEFAULT_PROTOCOL_CHOICES, PROTOCOL_SWITCHES } from '../../domain/protocols/protocol-choices';
import { switchAvailability } from '../../domain/protocols/switch-availability';
import type { DiscoveryDocument } from '../../domain/provider/discovery-document';
import { clientCredentialsNoteText } from '../../domain/messages/client-credentials-messages';
import { clientCredentialsNotes } from '../../domain/request/client-credentials-notes';
import { isMockIssuer } from '../../domain/request/composed-request';
import type { SectionProps } from '../../state/composed-request-store';
import { TEST_IDS } from '../../test-ids';
import { RequestObjectSwitch } from './request-object-switch';


/**
 * The protocol switches: each changes how the request travels, not what it asks for. A real
 * provider's discovery decides which are offered; one it does not offer is off and says why.
 */
export function ProtocolSwitches({ request, update, discovery }: Pick<SectionProps, 'request' | 'update'> & { discovery: DiscoveryDocument | undefined }) {
  const choices = request.protocols ?? DEFAULT_PROTOCOL_CHOICES;
  const mock = isMockIssuer(request.issuer);
  // With client credentials, the switches that shape an authorize request change nothing: said here.
  const unused = clientCredentialsNotes(request).filter((note) => note.field === 'protocols');
  return (
    <Panel title="Protocol switches" id="protocols">
      {PROTOCOL_SWITCHES.map((name) => {
        const availability = switchAvailability(name, discovery, mock);
        const note = switchAvailabilityText(availability);
        const unavailable = availability.availability === 'not-offered';
        const id = `protocol-${name}`;
        return (
          <div key={name} className="field" data-testid={TEST_IDS.protocolSwitch} data-switch={name} data-available={availability.availability === 'offered' ? 'yes' : unavailable ? 'no' : 'unknown'}>
            <label className="check-line">
              <input
                id={id}
                type="checkbox"
                checked={choices[name] && !unavailable}
                disabled={unavailable}
                aria-describedby={`${id}-hint`}
                onChange={(event) => update((r) => ({ ...r, protocols: { ...(r.protocols ?? DEFAULT_PROTOCOL_CHOICES), [name]: event.target.checked } }))}
              />
              {PROTOCOL_SWITCH_TEXT[name].label}
            </label>
            <span id={`${id}-hint`} className="muted small">
              {PROTOCOL_SWITCH_TEXT[name].hint}
              {note && <> {note}</>}
            </span>
          </div>
        );
      })}
      {/* In the first paint: drawn after it, it pushed what follows out from under a click (issue 29). */}
      <RequestObjectSwitch request={request} update={update} discovery={discovery} />
      {unused.length > 0 && (
        <ul className="field-messages">
          {unused.map((note) => (
            <li key={note.code} className="warning">{clientCredentialsNoteText(note)}</li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
