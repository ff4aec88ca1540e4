import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Panel } from '../../components/panel';
import { decodeToken } from '../../domain/tokens/decode-token';
import { readInspectHandoff } from '../../domain/tokens/inspect-handoff';
import { inspectExpectations } from '../../domain/tokens/inspect-expectations';
import { initialInputs, type InspectInputs } from './inspect-inputs';
import { JwtReport } from './jwt-report';
import { TokenFields } from './token-fields';
import { TokenNotice } from './token-notice';

/** `/inspect`: paste any id_token or JWT access token; decode, verify against its issuer, explain. */
export function InspectPage() {
  const location = useLocation();
  const [inputs, setInputs] = useState(() => initialInputs(readInspectHandoff(location.state), new Date()));
  const change = (next: Partial<InspectInputs>) => setInputs((current) => ({ ...current, ...next }));
  const navigate = useNavigate();
  const handedOver = readInspectHandoff(location.state) !== undefined;
  useEffect(() => {
    // Once read, the handed-over token leaves the session history, so a reload or Back does not bring it back.
    if (handedOver) void navigate('.', { replace: true, state: null });
  }, [handedOver, navigate]);
  const decoded = decodeToken(inputs.token);
  const payload = decoded.kind === 'jwt' ? decoded.payload : {};
  const expectations = inspectExpectations(payload, { issuerText: inputs.issuer, audienceText: inputs.audience, nowText: inputs.now });
  const problems = decoded.kind === 'jwt' && expectations.outcome === 'incomplete' ? { [expectations.field]: expectations.message } : {};
  return (
    <div className="results">
      <h1 className="page-title">Inspect a token</h1>
      <Panel title="Token" id="inspect-token">
        <TokenFields
          inputs={inputs}
          onChange={change}
          defaults={{ issuer: typeof payload.iss === 'string' ? payload.iss : '', audience: expectations.outcome === 'ready' ? expectations.expectations.clientId : '' }}
          problems={problems}
        />
        {decoded.kind !== 'jwt' && decoded.kind !== 'empty' && <TokenNotice decoded={decoded} />}
      </Panel>
      {decoded.kind === 'jwt' && (
        <JwtReport token={decoded} tokenType={inputs.treatAs === 'auto' ? decoded.tokenType : inputs.treatAs} inputs={inputs} expectations={expectations} />
      )}
    </div>
  );
}
