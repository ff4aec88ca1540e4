import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INPUT_LIMITS } from '../domain/text/input-limits';
import { clientSecretFor, forgetClientSecret } from '../state/client-secret-store';
import { TEST_IDS } from '../test-ids';
import { ClientSecretField } from './client-secret-field';

const ISSUER = 'https://op.example.test';
const CLIENT_ID = 'confidential-app';

afterEach(forgetClientSecret);

const field = () => screen.getByLabelText<HTMLInputElement>('Client secret');
const status = () => screen.getByTestId(TEST_IDS.clientSecretStatus);

describe('ClientSecretField', () => {
  it('keeps what is typed in memory for this issuer and client only', async () => {
    const onTyped = vi.fn();
    render(<ClientSecretField issuer={ISSUER} clientId={CLIENT_ID} expected={false} onTyped={onTyped} />);

    await userEvent.type(field(), 's3cret');

    expect(clientSecretFor(ISSUER, CLIENT_ID)).toBe('s3cret');
    expect(clientSecretFor(ISSUER, 'another-client')).toBeUndefined();
    expect(status().dataset.status).toBe('in-memory');
    expect(onTyped).toHaveBeenLastCalledWith(true);
  });

  it('says so where it was typed when a pasted secret is over the limit, keeps none, and leaves the text', () => {
    const onTyped = vi.fn();
    render(<ClientSecretField issuer={ISSUER} clientId={CLIENT_ID} expected={false} onTyped={onTyped} />);
    const pasted = 'x'.repeat(INPUT_LIMITS.clientSecretCharacters + 1);

    fireEvent.change(field(), { target: { value: pasted } });

    expect(clientSecretFor(ISSUER, CLIENT_ID)).toBeUndefined();
    expect(screen.getByRole('alert').textContent).toBe('The client secret is 2 kB; the playground accepts up to 1 kB. Shorten it to continue.');
    expect(status().dataset.status).toBe('too-long');
    expect(field().value).toBe(pasted);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    // The client is still confidential: only its secret is missing.
    expect(onTyped).toHaveBeenLastCalledWith(true);

    fireEvent.change(field(), { target: { value: pasted.slice(1) } });

    expect(clientSecretFor(ISSUER, CLIENT_ID)).toBe(pasted.slice(1));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(status().dataset.status).toBe('in-memory');
  });
});
