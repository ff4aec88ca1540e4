import { laneOf } from '../flow/flow-sequence';
import { isReturnToApp, type HeldRequest, type RunEvent, type RunSoFar } from '../flow/run-so-far';
import { parseClaimsRequest, requestedClaimNames } from '../scopes-and-claims/parse-claims-request';
import { isPlainObject } from '../text/json-values';
import { tokensIn, type NarrationStep } from './narrate-run';

/**
 * The presenter's captions of a sign-in while it runs, one per step the page has seen, ending with
 * the step step-through holds, if any: the caption bar shows the last. The values are this run's,
 * as far as they are known (the tokens once the token endpoint answered, the claims once userinfo
 * did). The steps are those of the Authorization Code flow (OIDC Core §3.1,
 * https://openid.net/specs/openid-connect-core-1_0.html#CodeFlowSteps).
 */
export function narrateRunSoFar(run: RunSoFar, held: HeldRequest | undefined): NarrationStep[] {
  const steps: NarrationStep[] = [];
  const add = (step: NarrationStep | undefined) => {
    if (!step) return;
    // A retried call (a DPoP nonce, RFC 9449 §8) is one step to a listener: the later caption replaces the earlier.
    if (steps.at(-1)?.code === step.code) steps.pop();
    steps.push(step);
  };
  for (const event of run.events) add(stepOf(run, event));
  if (held) add(held.kind === 'redirect' ? stepOf(run, { kind: 'redirect', url: held.url }) : callStep(run, held.url, undefined));
  return steps;
}

function stepOf(run: RunSoFar, event: RunEvent): NarrationStep | undefined {
  switch (event.kind) {
    case 'sign-in':
      return { code: 'sign-in', user: event.user };
    case 'redirect':
      return isReturnToApp(run, event.url) ? { code: 'code-returned', ...errorOf(event.url) } : authorizeStep(run);
    case 'call':
      return callStep(run, event.exchange.url, event.answered ? event.exchange.responseText : undefined);
  }
}

function callStep(run: RunSoFar, url: string, answer: string | undefined): NarrationStep | undefined {
  switch (laneOf(url, run.discovery)) {
    case 'discovery':
      return { code: 'discovery', url };
    case 'par':
      return { code: 'par' };
    case 'token':
      return { code: 'token-exchange', tokens: answer === undefined ? [] : tokensIn(answer) };
    case 'userinfo': {
      const claims = answer === undefined ? undefined : jsonOf(answer);
      return { code: 'userinfo', claims: isPlainObject(claims) ? Object.keys(claims).length : undefined };
    }
    case 'jwks':
      // The keys are fetched to check the id_token's signature (OIDC Core §3.1.3.7 step 6).
      return { code: 'signature', status: 'checking' };
    default:
      return undefined;
  }
}

function authorizeStep(run: RunSoFar): NarrationStep {
  const claims = parseClaimsRequest(run.claimsText);
  const request = claims.outcome === 'valid' ? claims.request : undefined;
  return {
    code: 'authorize',
    scopes: run.requestedScopes,
    idTokenClaims: requestedClaimNames(request, 'id_token'),
    userinfoClaims: requestedClaimNames(request, 'userinfo'),
  };
}

function errorOf(url: string): { error?: string } {
  const error = new URL(url).searchParams.get('error');
  return error ? { error } : {};
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
