import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AllowedScopes } from './allowed-scopes';

/** The composed request's policy as the settings panel holds it, plus an import that replaces it from outside. */
function PolicyHarness({ initial, imported }: { initial: string[]; imported: string[] }) {
  const [allowed, setAllowed] = useState(initial);
  return (
    <>
      <AllowedScopes allowed={allowed} onChange={setAllowed} />
      <button type="button" onClick={() => setAllowed(imported)}>Import JSON</button>
      <output aria-label="policy">{allowed.join(',')}</output>
    </>
  );
}

const otherScopes = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Other allowed scopes' });
const policy = () => screen.getByRole('status', { name: 'policy' }).textContent;

describe('AllowedScopes', () => {
  it('shows an imported custom scope under "Other allowed scopes"', async () => {
    render(<PolicyHarness initial={['openid', 'email']} imported={['openid', 'ad:user_custom:read']} />);

    await userEvent.click(screen.getByRole('button', { name: 'Import JSON' }));

    expect(otherScopes().value).toBe('ad:user_custom:read');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'email' }).checked).toBe(false);
  });

  it('keeps the text as typed, trailing space included, and hands the policy the split list', async () => {
    render(<PolicyHarness initial={['openid']} imported={[]} />);

    await userEvent.type(otherScopes(), 'a:read ');

    expect(otherScopes().value).toBe('a:read ');
    expect(policy()).toBe('openid,a:read');
  });

  it('keeps a standard scope typed under "Other allowed scopes" as typed, ticked above', async () => {
    render(<PolicyHarness initial={['openid']} imported={[]} />);

    await userEvent.type(otherScopes(), 'email');

    expect(otherScopes().value).toBe('email');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'email' }).checked).toBe(true);
  });

  it('keeps the custom scopes when a standard scope is ticked', async () => {
    render(<PolicyHarness initial={['openid', 'a:read']} imported={[]} />);

    await userEvent.click(screen.getByRole('checkbox', { name: 'email' }));

    expect(policy()).toBe('openid,email,a:read');
    expect(otherScopes().value).toBe('a:read');
  });
});
