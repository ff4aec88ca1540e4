import { Panel } from '../../components/panel';
import { ScreenHeading } from '../../components/screen-heading';
import { CLAIM_CATALOGUE, STANDARD_SCOPES, type ClaimEntry } from '../../domain/scopes-and-claims/catalogue';
import { isProtocolClaim } from '../../domain/scopes-and-claims/protocol-claims';
import type { BehaviourProfileDefinition } from '../../domain/mock/behaviour-profile';
import { profileInUse } from '../../domain/request/profile-in-use';
import { PROTOCOL_CLAIMS_NOTE, catalogueProfileText, claimNotReleasedText, claimUnmappedText } from '../../domain/messages';
import { parseLoginPolicy } from '../../domain/mock/login-policy';
import { useComposedRequest } from '../../state/composed-request-store';
import { TableHead } from '../../components/table-head';

/** `/catalogue`: the one scope → claim → profile attribute → type table that the mock and the explanations share. */
export function CataloguePage() {
  const [request] = useComposedRequest();
  const policy = parseLoginPolicy(request.mock.loginPolicyText);
  const rules = profileInUse(request);
  return (
    <div className="stack">
      <ScreenHeading title="Scope and claim catalogue" />
      <Panel title="Standard scopes and claims" id="catalogue">
        <p className="muted small">{catalogueProfileText(rules?.label)}</p>
        <table className="catalogue reflow">
          <TableHead columns={['Scope', 'Claim', 'Profile attribute', 'Type', 'Meaning']} />
          <tbody>
            {STANDARD_SCOPES.flatMap((scope) => {
              // Protocol claims are the provider's to set in every id_token, not the openid scope's (OIDC Core §2);
              // sub is the one openid yields, the user's identifier.
              const claims = CLAIM_CATALOGUE.filter((c) => c.scope === scope && (c.name === 'sub' || !isProtocolClaim(c.name)));
              const protocolRow = scope === 'openid' ? 1 : 0;
              if (claims.length === 0) {
                return [<tr key={scope}><th scope="row"><code>{scope}</code></th><td colSpan={4} className="muted">No claims: asks for a refresh token.</td></tr>];
              }
              const rows = claims.map((claim, index) => (
                <tr key={claim.name} data-claim={claim.name} data-released={rules ? String(!rules.withheldClaims.includes(claim.name)) : undefined}>
                  {index === 0 && <th scope="rowgroup" rowSpan={claims.length + protocolRow}><code>{scope}</code></th>}
                  <td data-label="Claim"><code>{claim.name}</code></td>
                  <td data-label="Profile attribute">{describeSource(claim, rules)}</td>
                  <td data-label="Type">{claim.type}</td>
                  <td data-label="Meaning">{claim.description}</td>
                </tr>
              ));
              return protocolRow ? [...rows, <tr key="protocol-claims"><td colSpan={4} className="muted">{PROTOCOL_CLAIMS_NOTE}</td></tr>] : rows;
            })}
          </tbody>
        </table>
      </Panel>
      <Panel title="Custom claims and scopes of the mock’s login policy" id="custom-catalogue">
        {policy.outcome === 'invalid' ? (
          <p className="blocking">The login policy has an error: {policy.message}</p>
        ) : (
          <table className="reflow">
            <TableHead columns={['Where', 'Claim', 'Profile attribute']} />
            <tbody>
              {[
                ...Object.entries(policy.policy.customClaims.id_token).map(([c, a]) => ['customClaims → id_token', c, a]),
                ...Object.entries(policy.policy.customClaims.userinfo).map(([c, a]) => ['customClaims → userinfo', c, a]),
                ...Object.entries(policy.policy.customScopes).flatMap(([scope, m]) => Object.entries(m).map(([c, a]) => [`scope ${scope} (Next Identity)`, c, a])),
              ].map(([where, claim, attribute]) => (
                <tr key={`${where}-${claim}`}><td data-label="Where">{where}</td><td data-label="Claim"><code>{claim}</code></td><td data-label="Profile attribute"><code>{attribute}</code></td></tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </div>
  );
}

function describeSource(claim: ClaimEntry, rules: BehaviourProfileDefinition | undefined) {
  if (rules?.withheldClaims.includes(claim.name)) return <span className="muted">{claimNotReleasedText(rules.label)}</span>;
  if (rules?.unmappedClaims.includes(claim.name)) return <span className="muted">{claimUnmappedText(rules.label)}</span>;
  const { source } = claim;
  switch (source.kind) {
    case 'attribute':
      return <code>{source.attribute}</code>;
    case 'derived':
      return <span>{source.rule} (<code>{source.from.join(', ')}</code>)</span>;
    case 'protocol':
      return <span className="muted">set by the provider</span>;
  }
}
