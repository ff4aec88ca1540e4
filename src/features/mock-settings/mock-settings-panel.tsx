import { Panel } from '../../components/panel';
import { BEHAVIOUR_PROFILE_IDS, BEHAVIOUR_PROFILES, isBehaviourProfile } from '../../domain/mock/behaviour-profile';
import type { MockSettings } from '../../domain/request/composed-request';
import { parseLoginPolicy } from '../../domain/mock/login-policy';
import { parseUserProfile } from '../../domain/mock/user-profile';
import { resetPart, RESET_LABELS, type ResettablePart } from '../../domain/request/reset-composition';
import type { SectionProps } from '../../state/composed-request-store';
import { replaceComposition } from '../../state/composition-history-store';
import { AllowedScopes } from './allowed-scopes';
import { DeterministicMode } from './deterministic-mode';
import { FaultSwitches } from './fault-switches';
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

/** The mock provider's token policy, behaviour and user. Applied at the next sign-in. */
export function MockSettingsPanel({ request, update, problems }: SectionProps) {
  const settings = request.mock;
  const change = (patch: Partial<MockSettings>) => update((r) => ({ ...r, mock: { ...r.mock, ...patch } }));
  const reset = (part: ResettablePart) => replaceComposition(resetPart(request, part), RESET_LABELS[part]);
  return (
    <Panel title="Mock provider settings" id="mock-settings">
      <p className="muted small">Changes apply at the next sign-in and are kept across reloads.</p>
      <AllowedScopes
        allowed={settings.allowedScopes}
        onChange={(allowedScopes) => change({ allowedScopes })}
        example={BEHAVIOUR_PROFILES[settings.behaviour].scopeExamples.allowed}
      />
      <label className="field">
        A requested scope the policy does not allow is
        <select
          value={settings.disallowedScopes}
          onChange={(e) => change({ disallowedScopes: e.target.value === 'reject' ? 'reject' : 'drop' })}
        >
          <option value="drop">dropped silently (Hosted Login)</option>
          <option value="reject">rejected with invalid_scope</option>
        </select>
      </label>
      <label className="field">
        Behaviour profile
        <select
          value={settings.behaviour}
          onChange={(e) => isBehaviourProfile(e.target.value) && change({ behaviour: e.target.value })}
        >
          {BEHAVIOUR_PROFILE_IDS.map((profile) => (
            <option key={profile} value={profile}>{BEHAVIOUR_PROFILES[profile].label}</option>
          ))}
        </select>
        <span className="muted small">{BEHAVIOUR_PROFILES[settings.behaviour].summary}</span>
      </label>
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
      <FaultSwitches />
      <DeterministicMode settings={settings} onChange={change} problems={problems} />
    </Panel>
  );
}

function errorOf(parsed: { outcome: 'valid' } | { outcome: 'invalid'; message: string; at: { offset: number } }): SettingsError | undefined {
  return parsed.outcome === 'invalid' ? { offset: parsed.at.offset, message: parsed.message } : undefined;
}
