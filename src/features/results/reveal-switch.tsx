import { setRevealed, useRevealed } from '../../state/reveal-secrets';

/** The page's one switch for showing credentials in clear; every copy of it moves together. */
export function RevealSwitch() {
  const revealed = useRevealed();
  return (
    <label className="check-line small">
      <input type="checkbox" checked={revealed} onChange={(e) => setRevealed(e.target.checked)} />
      Reveal tokens
    </label>
  );
}
