import type { FlowRun } from '../../domain/flow/flow-run';
import { TEST_IDS } from '../../test-ids';

/** Says plainly which calls of the run went through the dev server's local proxy (opt-in), if any. */
export function DevProxyNotice({ run }: { run: FlowRun }) {
  const proxied = [...(run.startExchanges ?? []), ...run.exchanges].filter((exchange) => exchange.viaProxy);
  if (!run.devProxy && proxied.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid={TEST_IDS.devProxyNotice} data-count={proxied.length}>
      <p>
        <strong>Local proxy:</strong>{' '}
        {proxied.length === 0
          ? 'this run opted in to the dev server’s proxy, but none of its calls went through it.'
          : `${proxied.length} ${proxied.length === 1 ? 'call' : 'calls'} went from the dev server (npm start) to the provider, not from this browser, so the provider’s CORS headers did not apply to ${proxied.length === 1 ? 'it' : 'them'}. A deployed playground calls the provider from the browser, where they do:`}
      </p>
      {proxied.length > 0 && (
        <ul>
          {proxied.map((exchange, index) => (
            <li key={index}>
              <code>
                {exchange.method} {exchange.url}
              </code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
