import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectiveTheme, followSystemTheme, usePreferences } from './preferences';

/** A stand-in for the operating system's dark-mode setting, which can be switched during a test. */
function emulateSystemTheme(dark: boolean) {
  const query = new EventTarget() as EventTarget & { matches: boolean; media: string };
  query.matches = dark;
  query.media = '(prefers-color-scheme: dark)';
  vi.stubGlobal('matchMedia', () => query);
  return (next: boolean) => {
    query.matches = next;
    query.dispatchEvent(new Event('change'));
  };
}

function ThemeShown() {
  const dark = effectiveTheme(usePreferences()) === 'dark';
  return <button type="button" aria-pressed={dark}>Dark theme</button>;
}

afterEach(() => vi.unstubAllGlobals());

describe('the theme while the person has not chosen one', () => {
  it('follows the operating system, on the page and in what components show', () => {
    const switchSystem = emulateSystemTheme(false);
    followSystemTheme();
    render(<ThemeShown />);
    const button = screen.getByRole('button', { name: 'Dark theme' });
    expect(button.getAttribute('aria-pressed')).toBe('false');

    act(() => switchSystem(true));

    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });
});
