import { useId, useState, type ChangeEvent } from 'react';
import { BRANDING_LIMITS, LOGO_MEDIA_TYPES, PROFILE_LOOKS, checkLogoBytes, type MockBranding } from '../../domain/mock/branding';
import { BRANDING_HINT, logoAltText, logoProblemText } from '../../domain/messages';
import type { MockSettings } from '../../domain/request/composed-request';

interface BrandingSettingsProps {
  readonly settings: MockSettings;
  readonly clientId: string;
  readonly onChange: (patch: Partial<MockSettings>) => void;
}

/** The look of the mock's own pages: provider name, accent colour, client name and logo. */
export function BrandingSettings({ settings, clientId, onChange }: BrandingSettingsProps) {
  const id = useId();
  const [logoMessage, setLogoMessage] = useState<string>();
  const branding = settings.branding;
  const neutral = PROFILE_LOOKS[settings.behaviour];
  const change = (patch: Partial<MockBranding>) => onChange({ branding: { ...branding, ...patch } });

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Checked by its bytes, not its name or the type the browser guessed from the name.
    const checked = checkLogoBytes(new Uint8Array(await file.arrayBuffer()));
    if (checked.outcome === 'refused') {
      setLogoMessage(logoProblemText(file.name, checked.problem));
      return;
    }
    setLogoMessage(undefined);
    change({ logo: checked.dataUrl });
  };

  return (
    <fieldset className="field branding-settings">
      <legend>Branding of the mock’s pages</legend>
      <p className="muted small" id={`${id}-hint`}>{BRANDING_HINT}</p>
      <div className="grid-2">
        <label className="field">
          Provider display name
          <input
            value={branding.providerName}
            placeholder={neutral.providerName}
            maxLength={BRANDING_LIMITS.nameCharacters}
            onChange={(e) => change({ providerName: e.target.value })}
          />
        </label>
        <label className="field">
          Client display name
          <input
            value={branding.clientName}
            placeholder={clientId}
            maxLength={BRANDING_LIMITS.nameCharacters}
            onChange={(e) => change({ clientName: e.target.value })}
          />
        </label>
      </div>
      <div className="row wrap branding-row">
        <label className="field">
          Accent colour
          <input type="color" value={branding.accent || neutral.accent} onChange={(e) => change({ accent: e.target.value })} />
        </label>
        {branding.accent !== '' && (
          <button type="button" className="link-button" onClick={() => change({ accent: '' })}>Use the profile’s colour</button>
        )}
      </div>
      <div className="row wrap branding-row">
        <label className="button-link file-button">
          {branding.logo ? 'Replace logo' : 'Choose a logo'}
          <input
            type="file"
            accept={[...LOGO_MEDIA_TYPES, '.svg'].join(',')}
            className="visually-hidden"
            aria-describedby={`${id}-hint ${id}-logo-message`}
            onChange={(e) => void chooseLogo(e)}
          />
        </label>
        {branding.logo && (
          <>
            <img className="provider-logo" src={branding.logo} alt={logoAltText(branding.providerName || neutral.providerName)} />
            <button type="button" onClick={() => change({ logo: '' })}>Remove logo</button>
          </>
        )}
      </div>
      <p id={`${id}-logo-message`} role="alert" className={logoMessage ? 'blocking' : 'visually-hidden'}>{logoMessage}</p>
    </fieldset>
  );
}
