// The results screen's parts that load after the id_token payload is shown (later-panels.tsx).
import { withQueryClient } from '../../lib/query-client-boundary';
import { AccessTokenPanel as AccessTokenPanelPart } from './access-token-panel';
import { RunActions as RunActionsPart } from './run-actions';
import { SignaturePanel as SignaturePanelPart } from './signature-panel';
import { TamperDemo as TamperDemoPart } from './tamper-demo';

export { ScopeTable } from './scope-table';
export { RunClaimsTable } from './run-claims-table';
// The parts that run queries bring the query client with them: the results screen itself runs
// none, so TanStack Query loads after the payload shows, with these (issue 29).
export const SignaturePanel = withQueryClient(SignaturePanelPart);
export const RunActions = withQueryClient(RunActionsPart);
export const AccessTokenPanel = withQueryClient(AccessTokenPanelPart);
export const TamperDemo = withQueryClient(TamperDemoPart);
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
