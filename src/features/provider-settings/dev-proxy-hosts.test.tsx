import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DiscoveryDocument } from '../../domain/provider/discovery-document';
import { confirmedProxyHostsFor, setConfirmedProxyHosts } from '../../state/dev-proxy-choice';
import { DevProxyHosts } from './dev-proxy-hosts';

const ISSUER = 'https://login.example.com';
const DISCOVERY: DiscoveryDocument = {
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/authorize`,
  token_endpoint: 'https://api.example.net/oauth/token',
  userinfo_endpoint: 'http://127.0.0.1:6379/',
  jwks_uri: `${ISSUER}/jwks`,
};

describe('DevProxyHosts', () => {
  afterEach(() => setConfirmedProxyHosts(ISSUER, []));

  it('lists the hosts other than the issuer’s, and records them only when the person confirms', async () => {
    render(<DevProxyHosts issuer={ISSUER} discovery={DISCOVERY} />);

    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['127.0.0.1:6379', 'api.example.net']);
    const confirm = screen.getByRole<HTMLInputElement>('checkbox', { name: /forward to these hosts too/ });
    expect(confirm.checked).toBe(false);
    expect(confirmedProxyHostsFor(ISSUER)).toEqual([]);

    await userEvent.click(confirm);

    expect(confirm.checked).toBe(true);
    expect(confirmedProxyHostsFor(ISSUER)).toEqual(['127.0.0.1:6379', 'api.example.net']);
  });

  it('shows nothing when every proxied endpoint is on the issuer’s host', () => {
    const { container } = render(<DevProxyHosts issuer={ISSUER} discovery={{ ...DISCOVERY, token_endpoint: `${ISSUER}/token`, userinfo_endpoint: `${ISSUER}/userinfo` }} />);
    expect(container.innerHTML).toBe('');
  });
});
