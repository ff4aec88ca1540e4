import type { CSSProperties, ReactNode } from 'react';
import { providerLook, reviveBranding, type ProviderLook } from '../../domain/mock/branding';
import { continueToClientText, logoAltText } from '../../domain/messages';
import { ensureMockProvider } from '../../lib/mock-provider';
import { WaitStatus } from '../../components/wait-status';
import { HeldStepGate, PresenterNarration } from '../../components/flow-overlays';

/** The look the provider was configured with at launch, for this page's request (its search holds the state). */
export async function providerLookOf(search: string): Promise<ProviderLook> {
  // The launch's own settings (its state), not what another tab configured since.
  const settings = (await ensureMockProvider()).loginPageContext(new URLSearchParams(search).get('state'));
  // Settings stored by a build without branding have none: the profile's neutral look.
  return providerLook(reviveBranding(settings.branding), settings.behaviour);
}

/**
 * The frame of every page the mock provider shows (login, sign-out, its error pages): the
 * provider's name, logo and accent colour as branded in the mock settings. The pages inside know
 * nothing of branding; the accent reaches them as CSS variables. The logo is an <img>, never
 * inlined markup: an SVG shown as an image runs no script and loads nothing. The page reads the
 * look (providerLookOf) before it shows, so the frame never changes colour under the person.
 */
export function ProviderFrame({ children, look, profileLabel, clientId }: { children: ReactNode; look: ProviderLook | undefined; profileLabel?: string; clientId?: string }) {
  const style = look ? ({ '--brand-accent': look.accent, '--brand-on-accent': look.onAccent } as CSSProperties) : undefined;
  return (
    <div className="provider-page" style={style} data-branded={look?.branded ? 'yes' : 'no'}>
      <main className="provider-card" id="main">
        <header className="provider-brand" aria-hidden={look ? undefined : true}>
          {look?.logo && <img className="provider-logo" src={look.logo} alt={logoAltText(look.providerName)} />}
          <span className="provider-name">{look?.providerName ?? '\u00a0'}</span>
          {look?.clientName && <span className="provider-client">{continueToClientText(look.clientName)}</span>}
        </header>
        {(profileLabel || clientId) && (
          <dl className="provider-context small">
            {profileLabel && (
              <div>
                <dt>Behaviour profile</dt>
                <dd>{profileLabel}</dd>
              </div>
            )}
            {clientId && (
              <div>
                <dt>Client</dt>
                <dd>{clientId}</dd>
              </div>
            )}
          </dl>
        )}
        <PresenterNarration where="provider" />
        {children}
      </main>
      <HeldStepGate />
      <WaitStatus />
    </div>
  );
}
