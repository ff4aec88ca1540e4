import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setRevealed } from '../../state/reveal-secrets';
import { RevealSwitch } from './reveal-switch';

afterEach(() => setRevealed(false));

const switches = () => screen.getAllByRole<HTMLInputElement>('checkbox', { name: 'Reveal tokens' });

describe('RevealSwitch', () => {
  it('starts off, and every copy on the page moves with the one ticked', async () => {
    render(
      <>
        <RevealSwitch />
        <RevealSwitch />
      </>,
    );
    expect(switches().map((s) => s.checked)).toEqual([false, false]);

    await userEvent.click(switches()[1]!);

    expect(switches().map((s) => s.checked)).toEqual([true, true]);
  });
});
