import { lazy, Suspense } from 'react';
import { Panel } from '../../components/panel';
import { BEHAVIOUR_PROFILE_IDS, BEHAVIOUR_PROFILES, isBehaviourProfile } from '../../domain/mock/behaviour-profile';
import type { MockSettings } from '../../domain/request/composed-request';
import { resetPart, RESET_LABELS, type ResettablePart } from '../../domain/request/reset-composition';
import type { SectionProps } from '../../state/composed-request-store';
import { replaceComposition } from '../../state/composition-history-store';
import { fieldIsInvalid } from '../../domain/request/check-composed-request';
import { setMockEditorsOpen, useMockEditorsOpen } from '../../state/mock-editors-open';
import { AllowedScopes } from './allowed-scopes';
import { BrandingSettings } from './branding-settings';
import { DeterministicMode } from './deterministic-mode';
import { FaultSwitches } from './fault-switches';
import { MockProtocolSettings } from './mock-protocol-settings';

const MockJsonEditors = lazy(async () => ({ default: (await import('./mock-json-editors')).MockJsonEditors }));

/** The mock provider's token policy, behaviour and user. Applied at the next sign-in. */
export function MockSettingsPanel({ request, update, problems }: SectionProps) {
  const settings = request.mock;
  const change = (patch: Partial<MockSettings>) => update((r) => ({ ...r, mock: { ...r.mock, ...patch } }));
  const reset = (part: ResettablePart) => replaceComposition(resetPart(request, part), RESET_LABELS[part]);
  // An editor whose text has a problem stays open: the message must show where it was typed.
  const editorsForced = fieldIsInvalid(problems, 'mockUser') || fieldIsInvalid(problems, 'mockPolicy');
  const editorsOpen = useMockEditorsOpen() || editorsForced;
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
      {!editorsForced && (
        <button type="button" className="disclosure" aria-expanded={editorsOpen} onClick={() => setMockEditorsOpen(!editorsOpen)}>
          {editorsOpen ? 'Hide' : 'Show'} the mock user profile and login policy (JSON)
        </button>
      )}
      {editorsOpen && (
        // Collapsed by default, so their code loads only when a person opens them.
        <Suspense fallback={null}>
          <MockJsonEditors settings={settings} change={change} reset={reset} problems={problems} />
        </Suspense>
      )}
      {/* In the first paint: drawn after it, this fieldset pushed the fault switches below it out from under a click (issue 29). */}
      <MockProtocolSettings settings={settings} onChange={change} />
      <FaultSwitches />
      <DeterministicMode settings={settings} onChange={change} problems={problems} />
      <BrandingSettings settings={settings} clientId={request.clientId} onChange={change} />
    </Panel>
  );
}
