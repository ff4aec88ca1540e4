import { describe, expect, it } from 'vitest';
import { checkPrompt } from './check-prompt';

describe('checkPrompt', () => {
  it('accepts nothing, one standard value, or several that may go together', () => {
    expect(checkPrompt('')).toBeUndefined();
    expect(checkPrompt('none')).toBeUndefined();
    expect(checkPrompt('login consent')).toBeUndefined();
  });

  it('refuses a misspelt value and lists the allowed ones', () => {
    expect(checkPrompt('nonee')).toBe('prompt=nonee is not a prompt value this provider accepts; use one or more of: none, login, consent, select_account, create.');
  });

  it('refuses none with any other value (OIDC Core §3.1.2.1)', () => {
    expect(checkPrompt('none login')).toContain('prompt=none cannot be combined');
  });

  it('refuses a value given twice', () => {
    expect(checkPrompt('login login')).toBe('prompt lists login twice; give each value once.');
  });

  it('uses the provider’s prompt_values_supported when known', () => {
    expect(checkPrompt('select_account', ['none', 'login'])).toBe('prompt=select_account is not a prompt value this provider accepts; use one or more of: none, login.');
    expect(checkPrompt('login', ['none', 'login'])).toBeUndefined();
  });
});
