import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../../domain/mock/mock-faults';
import { takeArmedFaults } from '../../state/fault-switches-store';
import { FaultSwitches } from './fault-switches';

const userinfo500 = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Userinfo answers 500' });

describe('FaultSwitches', () => {
  it('arms a switch for the next launch only, then shows it off again', async () => {
    render(<FaultSwitches />);

    await userEvent.click(userinfo500());
    expect(userinfo500().checked).toBe(true);
    expect(JSON.parse(window.sessionStorage.getItem('oidc-playground.fault-switches') ?? '{}')).toMatchObject({ userinfoServerError: true });

    let armed = NO_FAULTS;
    act(() => {
      armed = takeArmedFaults();
    });
    expect(armed).toEqual({ ...NO_FAULTS, userinfoServerError: true });
    expect(userinfo500().checked).toBe(false);
    expect(takeArmedFaults()).toEqual(NO_FAULTS);
  });
});
