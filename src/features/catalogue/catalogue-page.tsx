import { Panel } from '../../components/panel';
import { ScreenHeading } from '../../components/screen-heading';
import { CLAIM_CATALOGUE, STANDARD_SCOPES, type ClaimSource } from '../../domain/scopes-and-claims/catalogue';
import { parseLoginPolicy } from '../../domain/mock/login-policy';
import { useComposedRequest } from '../../state/composed-request-store';
import { TableHead } from '../../components/table-head';

/** `/catalogue`: the one scope → claim → profile attribute → type table that the mock and the explanations share. */
export function CataloguePage() {
  const [request] = useComposedRequest();
  const policy = parseLoginPolicy(request.mock.loginPolicyText);
  return (
    <div className="stack">
      <ScreenHeading title="Scope and claim catalogue" />
      <Panel title="Standard scopes and claims" id="catalogue">
        <table className="catalogue reflow">
          <TableHead columns={['Scope', 'Claim', 'Profile attribute', 'Type', 'Meaning']} />
          <tbody>
            {STANDARD_SCOPES.flatMap((scope) => {
              const claims = CLAIM_CATALOGUE.filter((c) => c.scope === scope);
              if (claims.length === 0) {
                return [<tr key={scope}><th scope="row"><code>{scope}</code></th><td colSpan={4} className="muted">No claims: asks for a refresh token.</td></tr>];
              }
              return claims.map((claim, index) => (
                <tr key={claim.name} data-claim={claim.name}>
                  {index === 0 && <th scope="rowgroup" rowSpan={claims.length}><code>{scope}</code></th>}
                  <td data-label="Claim"><code>{claim.name}</code></td>
                  <td data-label="Profile attribute">{describeSource(claim.source)}</td>
                  <td data-label="Type">{claim.type}</td>
                  <td data-label="Meaning">{claim.description}</td>
                </tr>
              ));
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

function describeSource(source: ClaimSource) {
  switch (source.kind) {
    case 'attribute':
      return <code>{source.attribute}</code>;
    case 'derived':
      return <span>{source.rule} (<code>{source.from.join(', ')}</code>)</span>;
    case 'protocol':
      return <span className="muted">set by the provider</span>;
  }
}
