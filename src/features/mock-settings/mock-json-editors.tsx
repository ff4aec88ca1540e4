import type { MockSettings } from '../../domain/request/composed-request';
import type { RequestProblem } from '../../domain/request/check-composed-request';
import { parseLoginPolicy } from '../../domain/mock/login-policy';
import { parseUserProfile } from '../../domain/mock/user-profile';
import type { ResettablePart } from '../../domain/request/reset-composition';
import { SettingsJsonEditor, type SettingsError, type SettingsJsonEditorProps } from './settings-json-editor';

/** The two settings the person types as JSON: the user the mock signs in, and its login policy. */
interface JsonSetting extends Omit<SettingsJsonEditorProps, 'value' | 'onChange' | 'onReset' | 'problems'> {
  readonly part: ResettablePart;
  readonly text: 'userText' | 'loginPolicyText';
}

const JSON_SETTINGS: readonly JsonSetting[] = [
  {
    part: 'user',
    text: 'userText',
    title: 'User profile (attribute names as in the profile schema)',
    label: 'Mock user profile JSON',
    resetLabel: 'Reset profile to defaults',
    field: 'mockUser',
    inputId: 'field-mock-user',
    check: (text: string) => errorOf(parseUserProfile(text)),
  },
  {
    part: 'policy',
    text: 'loginPolicyText',
    title: 'Login policy: custom claims and custom scopes',
    hint: (
      <>
        <code>customClaims</code> map claim names to profile attributes for the id_token or userinfo; <code>customScopes</code>{' '}
        (Next Identity) carry claims when granted. Attribute names must match the profile schema exactly.
      </>
    ),
    label: 'Mock login policy JSON',
    resetLabel: 'Reset policy to defaults',
    field: 'mockPolicy',
    inputId: 'field-mock-policy',
    check: (text: string) => errorOf(parseLoginPolicy(text)),
  },
];

interface MockJsonEditorsProps {
  readonly settings: MockSettings;
  readonly change: (patch: Partial<MockSettings>) => void;
  readonly reset: (part: ResettablePart) => void;
  readonly problems: readonly RequestProblem[];
}

/** The mock's user-profile and login-policy editors, once opened. */
export function MockJsonEditors({ settings, change, reset, problems }: MockJsonEditorsProps) {
  return (
    <div id="mock-json-editors">
      {JSON_SETTINGS.map((setting) => (
        <SettingsJsonEditor
          key={setting.part}
          title={setting.title}
          hint={setting.hint}
          label={setting.label}
          value={settings[setting.text]}
          onChange={(text) => change({ [setting.text]: text })}
          onReset={() => reset(setting.part)}
          resetLabel={setting.resetLabel}
          problems={problems}
          field={setting.field}
          inputId={setting.inputId}
          check={setting.check}
        />
      ))}
    </div>
  );
}

function errorOf(parsed: { outcome: 'valid' } | { outcome: 'invalid'; message: string; at: { offset: number } }): SettingsError | undefined {
  return parsed.outcome === 'invalid' ? { offset: parsed.at.offset, message: parsed.message } : undefined;
}
