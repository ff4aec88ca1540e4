import type { RequestField } from '../../domain/request/check-composed-request';
import { setPanelOpen } from '../../components/panel-state';
import { FIELD_LOCATIONS } from './field-locations';

/** Opens the panel that holds a field, then scrolls to the field and focuses it. */
export function goToField(field: RequestField): void {
  const { panel, element } = FIELD_LOCATIONS[field];
  setPanelOpen(panel, true);
  // The panel renders its body on the next frame; focus after it is there.
  requestAnimationFrame(() => {
    const target = document.getElementById(element);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  });
}
