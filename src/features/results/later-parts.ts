// The results screen's parts that load after the id_token payload is shown (later-panels.tsx).
export { ScopeTable } from './scope-table';
export { RunClaimsTable } from './run-claims-table';
export { SignaturePanel } from './signature-panel';
export { RunActions } from './run-actions';
export { AccessTokenPanel } from './access-token-panel';
export { TamperDemo } from './tamper-demo';
export { WireChangesPanel } from './wire-changes-panel';
export { ExportSpecButton } from './export-spec-button';
export { NarrationBar } from './narration-bar';
export { DeterministicNotice } from './deterministic-notice';
export { DevProxyNotice } from './dev-proxy-notice';
export { ScenarioVerdict } from './scenario-verdict';
export { PlainOAuthNotice } from './plain-oauth-notice';
export { ClientCredentialsNotice } from './client-credentials-notice';
export { LocalServerNotice } from './local-server-notice';
export { SignedInUser } from './signed-in-user';
export { SequenceDiagram } from './sequence-diagram';
