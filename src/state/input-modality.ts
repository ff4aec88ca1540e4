/**
 * How the person last acted on the page: by keyboard, by pointer, or not yet. A screen heading that
 * takes the focus after a navigation draws its focus ring only when the navigation came from the
 * keyboard: browsers count a script's focus as "focus-visible" whenever no pointer was used, which
 * would draw a ring after an autostart or a redirect that nobody made by keyboard.
 */
type Modality = 'keyboard' | 'pointer' | 'none';

let last: Modality = 'none';
let tracking = false;

/** Listens for the whole page's life (capture phase, so no handler can hide an event from it). */
export function trackInputModality(target: Pick<Document, 'addEventListener'> = document): void {
  if (tracking) return;
  tracking = true;
  target.addEventListener('keydown', () => (last = 'keyboard'), true);
  target.addEventListener('pointerdown', () => (last = 'pointer'), true);
}

export function lastInputWasKeyboard(): boolean {
  return last === 'keyboard';
}
