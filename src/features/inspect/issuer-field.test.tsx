import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IssuerField } from './issuer-field';

const field = () => screen.getByRole<HTMLInputElement>('textbox', { name: /Issuer/ });

describe('IssuerField', () => {
  it('commits on Enter, not per keystroke', async () => {
    const onCommit = vi.fn();
    render(<IssuerField value="" placeholder="" problem={undefined} onCommit={onCommit} />);

    await userEvent.type(field(), 'https://op.example');
    expect(onCommit).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');

    expect(onCommit).toHaveBeenCalledExactlyOnceWith('https://op.example');
  });

  it('shows an issuer set from outside the field instead of the text typed over the old one', async () => {
    const view = render(<IssuerField value="https://old.example" placeholder="" problem={undefined} onCommit={() => undefined} />);
    await userEvent.type(field(), '/half');

    view.rerender(<IssuerField value="https://new.example" placeholder="" problem={undefined} onCommit={() => undefined} />);

    expect(field().value).toBe('https://new.example');
  });
});
