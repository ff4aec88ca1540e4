import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { setRevealed } from '../../state/reveal-secrets';
import { renderWithQueries } from '../../testing/render';
import { completedRun, providerKeys } from '../../testing/signed-run';
import { TEST_IDS } from '../../test-ids';
import { CompletedRun } from './completed-run';
import { loadLaterParts } from './later-panels';

const ACCESS_TOKEN = 'at-0123456789abcdef';
const REFRESH_TOKEN = 'rt-0123456789abcdef';

async function renderRun(): Promise<void> {
  // The token response is one of the parts that load after the payload (later-panels.tsx).
  await loadLaterParts();
  const keys = await providerKeys();
  const idToken = await keys.sign({ sub: 'ada', email: 'ada@example.com' });
  const run = completedRun({
    tokenResponse: { access_token: ACCESS_TOKEN, refresh_token: REFRESH_TOKEN, id_token: idToken, token_type: 'Bearer', scope: 'openid email' },
    jwks: keys.jwks,
  });
  renderWithQueries(
    <MemoryRouter>
      <CompletedRun run={run} onRunChanged={() => undefined} />
    </MemoryRouter>,
  );
}

// The switch is one per page load, held outside React: each test starts masked.
afterEach(() => setRevealed(false));

describe('CompletedRun token response', () => {
  it('masks every token until "Reveal tokens" is ticked', async () => {
    await renderRun();
    const tokenResponse = screen.getByTestId(TEST_IDS.tokenResponse);
    expect(tokenResponse.textContent).not.toContain(ACCESS_TOKEN);
    expect(tokenResponse.textContent).not.toContain(REFRESH_TOKEN);
    expect(tokenResponse.textContent).toContain('"token_type": "Bearer"');

    await userEvent.click(screen.getAllByRole('checkbox', { name: 'Reveal tokens' })[0]!);

    expect(tokenResponse.textContent).toContain(ACCESS_TOKEN);
    expect(tokenResponse.textContent).toContain(REFRESH_TOKEN);
  });

  it('masks them again when the switch is unticked', async () => {
    await renderRun();
    const reveal = screen.getAllByRole('checkbox', { name: 'Reveal tokens' })[0]!;
    await userEvent.click(reveal);
    await userEvent.click(reveal);

    expect(screen.getByTestId(TEST_IDS.tokenResponse).textContent).not.toContain(ACCESS_TOKEN);
  });

  it('shows the id_token payload decoded', async () => {
    await renderRun();

    expect(JSON.parse(screen.getByTestId(TEST_IDS.idTokenPayload).textContent ?? '')).toMatchObject({ sub: 'ada', email: 'ada@example.com' });
  });
});
