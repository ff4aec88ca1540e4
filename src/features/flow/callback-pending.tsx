import { ScreenHeading } from '../../components/screen-heading';

/** What the redirect URI shows while the code is redeemed, also while a page load fetches the screen's code. */
export function CallbackPending() {
  return (
    <section className="panel" aria-busy="true">
      <ScreenHeading title="Finishing sign-in…" />
      <p role="status">Exchanging the code for tokens, reading userinfo and checking the id_token signature.</p>
    </section>
  );
}
