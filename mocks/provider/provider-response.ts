import type { OAuthErrorCode } from '../../src/domain/flow/error-codes';
import { safeDescription } from './error-description';

export interface OAuthError {
  readonly error: OAuthErrorCode;
  readonly error_description: string;
}

/** An HTTP answer from the provider core, independent of MSW. */
export interface ProviderResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  /** Milliseconds to wait before answering (the "slow JWKS" fault). */
  readonly delayMs?: number;
}

export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): ProviderResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body };
}

export function oauthError(status: number, error: OAuthErrorCode, description: string, headers: Record<string, string> = {}): ProviderResponse {
  return json(status, { error, error_description: safeDescription(description) } satisfies OAuthError, headers);
}
