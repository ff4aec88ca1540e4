import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { completedRun, providerKeys } from '../../testing/signed-run';
import { renderWithQueries } from '../../testing/render';
import { TamperDemo } from './tamper-demo';

const checkButton = () => screen.getByRole('button', { name: 'Check the signature' });
const editor = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Tampered id_token payload JSON' });

describe('TamperDemo', () => {
  it('calls an untouched payload valid and an edited one invalid', async () => {
    const keys = await providerKeys();
    const run = completedRun({ tokenResponse: { id_token: await keys.sign({ sub: 'ada' }) }, jwks: keys.jwks });
    renderWithQueries(<TamperDemo run={run} />);

    await userEvent.click(checkButton());
    expect(await screen.findByText('Still valid')).toBeTruthy();

    await userEvent.clear(editor());
    await userEvent.type(editor(), '{{"sub":"eve"}');
    await userEvent.click(checkButton());
    expect(await screen.findByText('Signature invalid')).toBeTruthy();
  });

  it('calls the untouched payload of a refreshed id_token valid after "Refresh tokens"', async () => {
    const keys = await providerKeys();
    const first = completedRun({ tokenResponse: { id_token: await keys.sign({ sub: 'ada', iat: 1 }) }, jwks: keys.jwks });
    const refreshed = completedRun({ tokenResponse: { id_token: await keys.sign({ sub: 'ada', iat: 2 }) }, jwks: keys.jwks, refreshCount: 1 });
    const view = renderWithQueries(<TamperDemo run={first} />);

    view.rerender(<TamperDemo run={refreshed} />);
    await userEvent.click(checkButton());

    expect((await screen.findByRole('status')).dataset.status).toBe('valid');
    expect(JSON.parse(editor().value)).toMatchObject({ iat: 2 });
  });

  it('drops the verdict on the previous id_token when the tokens are refreshed', async () => {
    const keys = await providerKeys();
    const first = completedRun({ tokenResponse: { id_token: await keys.sign({ sub: 'ada', iat: 1 }) }, jwks: keys.jwks });
    const refreshed = completedRun({ tokenResponse: { id_token: await keys.sign({ sub: 'ada', iat: 2 }) }, jwks: keys.jwks, refreshCount: 1 });
    const view = renderWithQueries(<TamperDemo run={first} />);
    await userEvent.click(checkButton());
    await screen.findByRole('status');

    view.rerender(<TamperDemo run={refreshed} />);

    expect(screen.queryByRole('status')).toBeNull();
  });
});
