import { maskBody, maskHeader, maskUrl } from './mask-secrets';
import { endpointKind } from './endpoint-kind';
import type { DiscoveryDocument } from '../provider/discovery-document';
import type { FlowRun, RunActionKind } from './flow-run';
import type { HttpExchange } from './http-exchange';
import { authorizeWireChanges, exchangeWireChanges, type WireChange } from '../protocols/wire-changes';
import { decodedRequestObjectOf } from '../protocols/request-object-on-wire';
import { authorizationResponseParameters } from '../protocols/response-mode';

/**
 * The flow as a sequence diagram: lanes, one request arrow and one response arrow per HTTP
 * exchange, grouped by the user action that made them. Pure: the component draws this model and
 * words its codes with src/domain/messages/sequence-messages.ts.
 */

/** The browser (the playground app runs in it) and each provider endpoint the run talked to. */
export type LaneId =
  | 'client'
  | 'discovery'
  | 'par'
  | 'authorize'
  | 'token'
  | 'userinfo'
  | 'jwks'
  | 'introspection'
  | 'revocation'
  | 'end-session'
  | 'other';

/** The user action a group of steps belongs to. */
export type SequenceAction = 'sign-in' | RunActionKind;

export interface RequestArrow {
  readonly from: 'client';
  readonly to: LaneId;
  readonly method: string;
  /** The path only: the query (codes, hints) stays in the raw request, masked there. */
  readonly path: string;
  /** A page load of the browser (authorize, end-session), not a call the app made with fetch. */
  readonly navigation: boolean;
}

export type ResponseArrow =
  | { readonly outcome: 'answered'; readonly from: LaneId; readonly to: 'client'; readonly status: number; readonly failed: boolean }
  /** The authorization response: a redirect back to the app's callback, with the code or an error. */
  | { readonly outcome: 'redirect'; readonly from: LaneId; readonly to: 'client'; readonly status: 302; readonly error: string | undefined; readonly failed: boolean }
  /** The playground refused the answer (URL rule, cross-origin redirect). */
  | { readonly outcome: 'refused'; readonly from: LaneId; readonly to: 'client'; readonly status: number | undefined; readonly failed: true }
  /** No answer reached the app: a network failure, or a navigation that left the page. */
  | { readonly outcome: 'no-answer' | 'not-observed'; readonly from: LaneId; readonly to: 'client'; readonly failed: boolean }
  /** A run in progress (run-so-far.ts): sent and not answered yet, or held by step-through before it is sent. */
  | { readonly outcome: 'waiting' | 'held'; readonly from: LaneId; readonly to: 'client'; readonly failed: false };

export interface SequenceStep {
  /** 1-based, across the whole diagram, in the order the requests were sent. */
  readonly number: number;
  readonly request: RequestArrow;
  readonly response: ResponseArrow;
  /** Raw request and response as text, masked unless revealed. */
  readonly requestText: string;
  readonly responseText: string | undefined;
  readonly failed: boolean;
  /** The recorded HTTP call behind the step, when the app made it (it can be copied as curl). */
  readonly exchange?: HttpExchange;
  /** The call went through the dev server's local proxy (opt-in), not from the browser to the provider. */
  readonly viaProxy?: boolean;
  /** What a protocol switch changed in this step (src/domain/protocols/wire-changes.ts). */
  readonly changes?: readonly WireChange[];
  /** RFC 9101: the request object this step sent, decoded (header and payload as JSON text). */
  readonly requestObject?: { readonly header: string; readonly payload: string };
}

export interface SequenceGroup {
  readonly action: SequenceAction;
  /** 1 for the first group of this action, 2 for the second refresh, … */
  readonly occurrence: number;
  readonly steps: readonly SequenceStep[];
}

export interface SequenceModel {
  /** The browser lane first, then the endpoints in the order the flow first reached them. */
  readonly lanes: readonly LaneId[];
  readonly groups: readonly SequenceGroup[];
}

export type UnnumberedStep = Omit<SequenceStep, 'number'>;

/**
 * The flow as it actually ran, from what was recorded over the wire: requests in the order they
 * were sent (calls made in parallel, like userinfo and the JWKS, keep the order of sending). With
 * `masked`, every credential is masked by the one rule of src/domain/flow/mask-secrets.ts.
 */
export function sequenceOf(run: FlowRun, { masked }: { masked: boolean }): SequenceModel {
  const lane = (url: string) => laneOf(url, run.discovery);
  const parEndpoint = run.discovery?.pushed_authorization_request_endpoint;
  const fromExchange = (exchange: HttpExchange) =>
    withRequestObject(withChanges(stepOf(exchange, lane(exchange.url), masked), exchangeWireChanges(exchange, parEndpoint)), decodedRequestObjectOf({ requestBody: exchange.requestBody }));
  const signIn: UnnumberedStep[] = [
    ...(run.startExchanges ?? []).map(fromExchange),
    // A client credentials run has no authorize step (RFC 6749 §4.4): its authorizeUrl is empty.
    ...(run.authorizeUrl
      ? [withRequestObject(withChanges(authorizeStep(run, lane(run.authorizeUrl), masked), authorizeWireChanges(run.authorizeUrl, run.callbackUrl)), decodedRequestObjectOf({ url: run.authorizeUrl }))]
      : []),
    ...run.exchanges.map(fromExchange),
  ];
  const unnumbered: { action: SequenceAction; steps: UnnumberedStep[] }[] = [{ action: 'sign-in', steps: signIn }];
  if (run.outcome === 'completed') {
    for (const action of run.actions ?? []) {
      const steps = action.exchanges.map(fromExchange);
      if (action.navigation) steps.push(navigationStep(action.navigation, lane(action.navigation), masked));
      unnumbered.push({ action: action.kind, steps });
    }
  }
  let number = 0;
  const seen = new Map<SequenceAction, number>();
  const groups = unnumbered.map(({ action, steps }) => {
    const occurrence = (seen.get(action) ?? 0) + 1;
    seen.set(action, occurrence);
    return { action, occurrence, steps: steps.map((step) => ({ ...step, number: ++number })) };
  });
  const lanes: LaneId[] = ['client'];
  for (const step of groups.flatMap((g) => g.steps)) if (!lanes.includes(step.request.to)) lanes.push(step.request.to);
  return { lanes, groups };
}

/**
 * Which endpoint a URL is: the discovery document names them (OIDC Discovery §3,
 * https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata); before it is known,
 * the path is the evidence (src/domain/flow/endpoint-kind.ts).
 */
export function laneOf(url: string, discovery: DiscoveryDocument | undefined): LaneId {
  const at = withoutQuery(url);
  const named: readonly [string | undefined, LaneId][] = [
    [discovery?.pushed_authorization_request_endpoint, 'par'],
    [discovery?.authorization_endpoint, 'authorize'],
    [discovery?.token_endpoint, 'token'],
    [discovery?.userinfo_endpoint, 'userinfo'],
    [discovery?.jwks_uri, 'jwks'],
    [discovery?.introspection_endpoint, 'introspection'],
    [discovery?.revocation_endpoint, 'revocation'],
    [discovery?.end_session_endpoint, 'end-session'],
  ];
  for (const [endpoint, id] of named) if (endpoint && withoutQuery(endpoint) === at) return id;
  const kind = endpointKind(url);
  return kind === 'introspection' ? 'introspection' : kind;
}

function withChanges(step: UnnumberedStep, changes: readonly WireChange[]): UnnumberedStep {
  return changes.length > 0 ? { ...step, changes } : step;
}

function withRequestObject(step: UnnumberedStep, requestObject: SequenceStep['requestObject']): UnnumberedStep {
  return requestObject ? { ...step, requestObject } : step;
}

function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin + parsed.pathname;
  } catch {
    return url;
  }
}

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * The browser's page load of the authorization endpoint and the provider's answer: a redirect
 * back to the callback with the code or an error (RFC 6749 §4.1.2,
 * https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2). The login page between them is the
 * provider's own and is not recorded.
 */
function authorizeStep(run: FlowRun, lane: LaneId, masked: boolean): UnnumberedStep {
  const url = (text: string) => (masked ? maskUrl(text) : text);
  const request: RequestArrow = { from: 'client', to: lane, method: 'GET', path: pathOf(run.authorizeUrl), navigation: true };
  if (!run.callbackUrl) {
    return { request, response: { outcome: 'not-observed', from: lane, to: 'client', failed: true }, requestText: `GET ${url(run.authorizeUrl)}`, responseText: undefined, failed: true };
  }
  const error = authorizationResponseParameters(run.callbackUrl)?.get('error') ?? undefined;
  return {
    request,
    response: { outcome: 'redirect', from: lane, to: 'client', status: 302, error, failed: error !== undefined },
    requestText: `GET ${url(run.authorizeUrl)}`,
    responseText: `302 Found\nLocation: ${url(run.callbackUrl)}`,
    failed: error !== undefined,
  };
}

/** A page load the app started and left for (RP-initiated logout): its answer goes to another page. */
export function navigationStep(target: string, lane: LaneId, masked: boolean): UnnumberedStep {
  return {
    request: { from: 'client', to: lane, method: 'GET', path: pathOf(target), navigation: true },
    response: { outcome: 'not-observed', from: lane, to: 'client', failed: false },
    requestText: `GET ${masked ? maskUrl(target) : target}`,
    responseText: undefined,
    failed: false,
  };
}

export function stepOf(exchange: HttpExchange, lane: LaneId, masked: boolean): UnnumberedStep {
  const headers = (record: Readonly<Record<string, string>>) =>
    Object.entries(record).map(([name, value]) => `${name}: ${masked ? maskHeader(name, value) : value}`);
  const body = (text: string | undefined) => (text ? maskBody(text, { masked }) : '');
  const requestText = [
    `${exchange.method} ${masked ? maskUrl(exchange.url) : exchange.url}`,
    ...headers(exchange.requestHeaders),
    ...(exchange.requestBody ? ['', body(exchange.requestBody)] : []),
  ].join('\n');
  const responseText =
    exchange.failure !== undefined
      ? `No answer: ${exchange.failure}`
      : exchange.status === undefined && exchange.refusal !== undefined
        ? `Refused by the playground: ${exchange.refusal}`
        : [
            `HTTP ${exchange.status}`,
            ...headers(exchange.responseHeaders),
            '',
            body(exchange.responseText),
            ...(exchange.refusal ? ['', `Refused by the playground: ${exchange.refusal}`] : []),
          ].join('\n');
  const status = exchange.status;
  const response: ResponseArrow =
    exchange.refusal !== undefined
      ? { outcome: 'refused', from: lane, to: 'client', status, failed: true }
      : exchange.failure !== undefined || status === undefined
        ? { outcome: 'no-answer', from: lane, to: 'client', failed: true }
        : { outcome: 'answered', from: lane, to: 'client', status, failed: status >= 400 };
  return {
    request: { from: 'client', to: lane, method: exchange.method, path: pathOf(exchange.url), navigation: false },
    response,
    requestText,
    responseText,
    failed: response.failed,
    exchange,
    ...(exchange.viaProxy ? { viaProxy: true } : {}),
  };
}
