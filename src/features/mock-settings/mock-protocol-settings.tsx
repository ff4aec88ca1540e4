import { MOCK_PROTOCOL_SETTING_TEXT, MOCK_PROTOCOL_SETTINGS_LEGEND } from '../../domain/messages/mock-protocol-messages';
import { DEFAULT_MOCK_PROTOCOL_SETTINGS, MOCK_PROTOCOL_SETTINGS } from '../../domain/protocols/mock-protocol-settings';
import type { MockSettings } from '../../domain/request/composed-request';
import { TEST_IDS } from '../../test-ids';

/** What the mock requires of its client or issues (RFC 9126 §6, RFC 9068): applied at the next sign-in. */
export function MockProtocolSettings({ settings, onChange }: { settings: MockSettings; onChange: (patch: Partial<MockSettings>) => void }) {
  const current = settings.protocols ?? DEFAULT_MOCK_PROTOCOL_SETTINGS;
  return (
    <fieldset className="field">
      <legend>{MOCK_PROTOCOL_SETTINGS_LEGEND}</legend>
      {MOCK_PROTOCOL_SETTINGS.map((name) => (
        <div key={name} data-testid={TEST_IDS.mockProtocolSetting} data-setting={name}>
          <label className="check-line">
            <input
              type="checkbox"
              checked={current[name]}
              aria-describedby={`mock-protocol-${name}-hint`}
              onChange={(event) => onChange({ protocols: { ...current, [name]: event.target.checked } })}
            />
            {MOCK_PROTOCOL_SETTING_TEXT[name].label}
          </label>
          <span id={`mock-protocol-${name}-hint`} className="muted small">
            {MOCK_PROTOCOL_SETTING_TEXT[name].hint}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
