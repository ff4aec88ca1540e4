import { endpointKind, type EndpointKind } from './endpoint-kind';
import type { FlowRun } from './flow-run';
import type { HttpExchange } from './http-recorder';

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
}

/** The flow as it actually ran, step by step, from what was recorded over the wire. */
export function sequenceOf(run: FlowRun): SequenceStep[] {
  const steps: SequenceStep[] = [];
  for (const exchange of run.startExchanges ?? []) steps.push(fromExchange(exchange));
  steps.push({
    from: 'browser',
    to: 'provider',
    label: 'GET authorize (browser navigation)',
    request: `GET ${run.authorizeUrl}`,
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
      request: `302 Found\nLocation: ${run.callbackUrl}`,
      response: undefined,
      failed: error !== null,
    });
  }
  for (const exchange of run.exchanges) steps.push(fromExchange(exchange));
  return steps;
}

function fromExchange(exchange: HttpExchange): SequenceStep {
  const headers = Object.entries(exchange.requestHeaders).map(([name, value]) => `${name}: ${value}`);
  const request = [`${exchange.method} ${exchange.url}`, ...headers, ...(exchange.requestBody ? ['', exchange.requestBody] : [])].join('\n');
  const response =
    exchange.failure !== undefined
      ? `No answer: ${exchange.failure}`
      : [
          `HTTP ${exchange.status}`,
          ...Object.entries(exchange.responseHeaders).map(([name, value]) => `${name}: ${value}`),
          '',
          prettyBody(exchange.responseText),
        ].join('\n');
  return {
    from: 'app',
    to: 'provider',
    label: `${exchange.method} ${LABELS[endpointKind(exchange.url)] ?? new URL(exchange.url).pathname}`,
    request,
    response,
    failed: exchange.failure !== undefined || (exchange.status ?? 0) >= 400,
    exchange,
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

function prettyBody(text: string | undefined): string {
  if (!text) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
