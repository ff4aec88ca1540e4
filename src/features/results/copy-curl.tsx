import { CopyButton } from '../../components/copy-button';
import { curlCommand } from '../../domain/flow/curl-command';
import type { HttpExchange } from '../../domain/flow/http-exchange';

/** "Copy as curl" for one recorded step: masked like the raw HTTP above it unless tokens are revealed. */
export function CopyCurl({ exchange, revealed, step }: { exchange: HttpExchange; revealed: boolean; step: number }) {
  const command = curlCommand(exchange, { reveal: revealed });
  return (
    <div className="row copy-curl">
      <CopyButton value={command} label={`Copy step ${step} as curl`} text="Copy as curl" />
      {!revealed && <span className="muted small">Credentials are masked; reveal tokens to copy a command that replays the request.</span>}
    </div>
  );
}
