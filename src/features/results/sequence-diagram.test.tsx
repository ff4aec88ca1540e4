import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpExchange } from '../../domain/flow/http-exchange';
import { setRevealed } from '../../state/reveal-secrets';
import { renderWithQueries } from '../../testing/render';
import { completedRun } from '../../testing/signed-run';
import { TEST_IDS } from '../../test-ids';
import { SequenceDiagram } from './sequence-diagram';

const OP = 'https://op.example';
const REFRESH_TOKEN = 'rt-0123456789abcdef';
const call = (method: string, path: string, requestBody?: string): HttpExchange => ({
  method, url: `${OP}${path}`, requestHeaders: {}, requestBody, responseHeaders: {}, status: 200, responseText: '{}', failure: undefined,
});

function renderDiagram() {
  const run = completedRun({
    tokenResponse: { access_token: 'at-0123456789abcdef' },
    discovery: { issuer: OP, authorization_endpoint: `${OP}/authorize`, token_endpoint: `${OP}/token`, jwks_uri: `${OP}/jwks` },
    callbackUrl: 'https://app.example/callback?code=abc&state=s',
    exchanges: [call('POST', '/token', 'grant_type=authorization_code&code=abc')],
    actions: [{ kind: 'refresh', exchanges: [call('POST', '/token', `grant_type=refresh_token&refresh_token=${REFRESH_TOKEN}`), call('GET', '/jwks')] }],
  });
  renderWithQueries(<SequenceDiagram run={run} />);
}

afterEach(() => setRevealed(false));

describe('SequenceDiagram', () => {
  it('draws a group per action with a request and a response arrow per step, masked until revealed', async () => {
    renderDiagram();
    const groups = screen.getAllByTestId(TEST_IDS.sequenceGroup);
    expect(groups.map((g) => within(g).getByRole('heading', { level: 3 }).textContent)).toEqual(['Sign in', 'Refresh tokens']);
    const refresh = within(groups[1]!).getAllByTestId(TEST_IDS.sequenceStep);
    expect(refresh.map((step) => step.querySelector('.arrow.request .arrow-label')?.textContent)).toEqual(['3. POST /token', '4. GET /jwks']);
    expect(refresh.map((step) => step.querySelector('.arrow.response .arrow-label')?.textContent)).toEqual(['200 OK', '200 OK']);
    const authorize = within(groups[0]!).getAllByTestId(TEST_IDS.sequenceStep)[0]!;
    expect(authorize.querySelector('.arrow.response')?.getAttribute('data-outcome')).toBe('redirect');
    expect(groups[1]!.textContent).not.toContain(REFRESH_TOKEN);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Reveal tokens' }));
    expect(groups[1]!.textContent).toContain(REFRESH_TOKEN);
    expect(within(groups[1]!).getByRole('button', { name: 'Copy step 3 as curl' })).toBeTruthy();
  });
});
