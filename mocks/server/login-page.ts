import { loginPageReasonText } from '../../src/domain/messages';
import type { LoginPageReason } from '../../src/domain/mock/login-page-reason';
import { CONTRACT_TEST_IDS } from '../../src/test-ids';
import type { AuthorizeRequest } from '../provider/authorize';
import type { ServerUser } from './server-options';
import type { ProviderLook } from '../../src/domain/mock/branding';
import { escapeHtml } from './html-escape';
import { NEUTRAL_LOOK, brandHeader, brandStyle } from './page-branding';

export { escapeHtml };

const STYLE = `
:root{color-scheme:light dark}
body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#eef1f5;color:#1b1f24}
main{max-width:26rem;margin:3rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px #0003;border-top:6px solid var(--brand-accent)}
.brand{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .75rem;margin-bottom:.75rem}
.brand .logo{max-height:40px;max-width:160px}.brand .name{font-weight:bold}.brand .client{flex-basis:100%;font-size:.9rem;color:#4a5564}
label{display:block;margin:.75rem 0}
input,select{display:block;width:100%;box-sizing:border-box;padding:.4rem;font:inherit}
.row{display:flex;gap:.5rem;margin-top:1rem}
button{padding:.5rem 1rem;font:inherit}
.primary{background:var(--brand-accent);color:var(--brand-on-accent);border:0;border-radius:4px}
.muted{color:#4a5564}.notice{background:#fff7d6;padding:.5rem}
@media (prefers-color-scheme:dark){body{background:#111418;color:#e6e9ee}main{background:#1b1f24}.brand .client,.muted{color:#aab3bf}.notice{background:#3a3213}}
`;

/** Every page of the server in the provider's look (page-branding.ts). */
function frame(title: string, body: string, look: ProviderLook): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(look.providerName)}</title><style>${brandStyle(look)}${STYLE}</style></head>
<body><main id="main">${brandHeader(look)}${body}</main></body></html>`;
}

/**
 * The login page, as the playground's: choose who to be, any password works, sign in or deny. The
 * form posts back the authorize request as it came (hidden), so the provider checks it again.
 */
export function loginPage(query: string, request: AuthorizeRequest, reason: LoginPageReason, users: readonly ServerUser[], look: ProviderLook = NEUTRAL_LOOK): string {
  const options = users.map((u, i) => `<option value="${escapeHtml(u.name)}"${i === 0 ? ' selected' : ''}>${escapeHtml(u.label)}</option>`).join('');
  return frame(
    'Sign in',
    `<h1>Sign in</h1>
${reason !== 'no-session' ? `<p class="notice">${escapeHtml(loginPageReasonText(reason))}</p>` : ''}
<p class="muted"><strong>${escapeHtml(request.clientId)}</strong> asks for: ${escapeHtml(request.scopes.join(', '))}</p>
<form method="post" action="login">
<input type="hidden" name="query" value="${escapeHtml(query)}">
<label>Sign in as<select name="user">${options}</select></label>
<label>Email<input name="email" type="email" autocomplete="username" value="${escapeHtml(request.loginHint ?? '')}"></label>
<label>Password<input name="password" type="password" autocomplete="current-password" value="mock-password"></label>
<p class="muted">Any password works: this is the playground's mock provider, run as a local server.</p>
<div class="row">
<button type="submit" name="decision" value="approve" class="primary" data-testid="${CONTRACT_TEST_IDS.mockLoginSubmit}">Sign in</button>
<button type="submit" name="decision" value="deny" data-testid="${CONTRACT_TEST_IDS.mockLoginDeny}">Deny</button>
</div></form>`,
    look,
  );
}

/** The provider cannot trust the redirect URI, so it shows the error instead of redirecting (RFC 6749 §4.1.2.1). */
export function errorPage(error: string, description: string, look: ProviderLook = NEUTRAL_LOOK): string {
  return frame(
    'Sign-in request rejected',
    `<h1>Sign-in request rejected</h1>
<p role="alert" data-testid="${CONTRACT_TEST_IDS.flowError}"><code>${escapeHtml(error)}</code>: ${escapeHtml(description)}</p>
<p class="muted">The provider shows this page instead of redirecting, because it cannot trust where the request asked to be sent back.</p>`,
    look,
  );
}

/** RP-Initiated Logout §2: without a valid id_token_hint the provider asks the end-user. */
export function endSessionPage(query: string, look: ProviderLook = NEUTRAL_LOOK): string {
  return frame(
    'Sign out',
    `<h1>Sign out?</h1>
<form method="post" action="end-session">
${[...new URLSearchParams(query)].map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('')}
<div class="row"><button type="submit" class="primary">Sign out</button></div></form>`,
    look,
  );
}

export function signedOutPage(look: ProviderLook = NEUTRAL_LOOK): string {
  return frame('Signed out', '<h1>You are signed out</h1>', look);
}
