import { maskBody, maskHeader, maskUrl } from './mask-secrets';
import { endpointKind, type EndpointKind } from './endpoint-kind';
import type { FlowRun } from './flow-run';
import type { HttpExchange } from './http-exchange';

export type Actor = 'browser' | 'app' | 'provider';

export interface SequenceStep {
  readonly from: Actor;
  readonly to: Actor;
  readonly label: string;
  /** Raw request and response as text; absent for steps nobody could observe. */
  readonly request: string;
  readonly response: string | undefined;
  readonly failed: boolean;
  /** The recorded HTTP call behind the step, when the app made it (it can be copied as curl). */
  readonly exchange?: HttpExchange;
  /** The call went through the dev server's local proxy (opt-in), not from the browser to the provider. */
  readonly viaProxy?: boolean;
}

/**
 * The flow as it actually ran, step by step, from what was recorded over the wire. With `masked`,
 * every credential is masked by the one rule of src/domain/mask-secrets.ts.
 */
export function sequenceOf(run: FlowRun, { masked }: { masked: boolean }): SequenceStep[] {
  const url = (text: string) => (masked ? maskUrl(text) : text);
  const fromExchange = (exchange: HttpExchange) => stepOf(exchange, masked);
  const steps: SequenceStep[] = [];
  for (const exchange of run.startExchanges ?? []) steps.push(fromExchange(exchange));
  steps.push({
    from: 'browser',
    to: 'provider',
    label: 'GET authorize (browser navigation)',
    request: `GET ${url(run.authorizeUrl)}`,
    response: 'The provider shows its login page, or continues an existing session.',
    failed: false,
  });
  if (run.callbackUrl) {
    const callback = new URL(run.callbackUrl);
    const error = callback.searchParams.get('error');
    steps.push({
      from: 'provider',
      to: 'app',
      label: error ? `redirect to callback with error=${error}` : 'redirect to callback with the code',
      request: `302 Found\nLocation: ${url(run.callbackUrl)}`,
      response: undefined,
      failed: error !== null,
    });
  }
  for (const exchange of run.exchanges) steps.push(fromExchange(exchange));
  return steps;
}

function stepOf(exchange: HttpExchange, masked: boolean): SequenceStep {
  const headers = (record: Readonly<Record<string, string>>) =>
    Object.entries(record).map(([name, value]) => `${name}: ${masked ? maskHeader(name, value) : value}`);
  const body = (text: string | undefined) => (text ? maskBody(text, { masked }) : '');
  const request = [
    `${exchange.method} ${masked ? maskUrl(exchange.url) : exchange.url}`,
    ...headers(exchange.requestHeaders),
    ...(exchange.requestBody ? ['', body(exchange.requestBody)] : []),
  ].join('\n');
  const response =
    exchange.failure !== undefined
      ? `No answer: ${exchange.failure}`
      : [
          `HTTP ${exchange.status}`,
          ...headers(exchange.responseHeaders),
          '',
          body(exchange.responseText),
          ...(exchange.refusal ? ['', `Refused by the playground: ${exchange.refusal}`] : []),
        ].join('\n');
  return {
    from: 'app',
    to: 'provider',
    label: `${exchange.method} ${LABELS[endpointKind(exchange.url)] ?? new URL(exchange.url).pathname}`,
    request,
    response,
    failed: exchange.failure !== undefined || exchange.refusal !== undefined || (exchange.status ?? 0) >= 400,
    exchange,
    ...(exchange.viaProxy ? { viaProxy: true } : {}),
  };
}

const LABELS: Record<EndpointKind, string | undefined> = {
  discovery: 'discovery',
  userinfo: 'userinfo',
  token: 'token',
  jwks: 'JWKS',
  introspection: 'introspection',
  other: undefined,
};
