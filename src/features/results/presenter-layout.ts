import { useEffect } from 'react';
import { setPanelOpen } from '../../components/panel-state';
import { usePreferences } from '../../state/preferences';

/** The raw panels a demo does not open on: what came over the wire, one click away. */
const RAW_PANELS = ['id-token-header', 'id-token-payload', 'userinfo', 'token-response', 'authorize-sent', 'tamper'] as const;

/**
 * In presenter mode the results open on what a demo is about, the scope and claim explanations,
 * with the raw panels collapsed; leaving presenter mode opens them again.
 */
export function usePresenterLayout(): boolean {
  const { presenter } = usePreferences();
  useEffect(() => {
    for (const id of RAW_PANELS) setPanelOpen(id, !presenter);
  }, [presenter]);
  return presenter;
}
