import { setRevealed, useRevealed } from '../../state/reveal-secrets';
import { usePreferences } from '../../state/preferences';

/** The page's one switch for showing credentials in clear; every copy of it moves together. */
export function RevealSwitch() {
  const revealed = useRevealed();
  // Presenter mode masks every secret: an audience must never see a live token.
  const presenter = usePreferences().presenter;
  return (
    <label className="check-line small" title={presenter ? 'Masked in presenter mode' : undefined}>
      <input type="checkbox" checked={revealed} disabled={presenter} onChange={(e) => setRevealed(e.target.checked)} />
      Reveal tokens
    </label>
  );
}
