// The whole app: oidc-client-ts against the issuer named in ?issuer= (kept for the callback).
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

const issuer = new URLSearchParams(location.search).get('issuer') ?? sessionStorage.getItem('issuer');
const status = document.getElementById('status');

if (issuer) {
  sessionStorage.setItem('issuer', issuer);
  const manager = new UserManager({
    authority: issuer,
    client_id: 'separate-spa',
    redirect_uri: `${location.origin}/callback`,
    scope: 'openid profile email',
    // The provider's default profile (Hosted Login) puts profile claims at userinfo only.
    loadUserInfo: true,
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  document.getElementById('sign-in').addEventListener('click', () => void manager.signinRedirect());
  if (location.pathname === '/callback') {
    manager.signinRedirectCallback().then(
      (user) => {
        history.replaceState(null, '', '/');
        status.textContent = 'Signed in';
        document.getElementById('subject').textContent = user.profile.sub;
        document.getElementById('name').textContent = user.profile.given_name ?? '';
      },
      (error) => {
        status.textContent = `Sign-in failed: ${error.error ?? error.message}`;
      },
    );
  }
} else {
  status.textContent = 'No issuer: open this page with ?issuer=<URL>';
}
