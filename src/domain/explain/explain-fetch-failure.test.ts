import { describe, expect, it } from 'vitest';
import { explainFetchFailure } from './explain-fetch-failure';

const failure = { url: 'https://login.example.com/oauth/token', endpoint: 'token', appOrigin: 'https://app.example.org' };

describe('explainFetchFailure', () => {
  it('names a CORS refusal: which endpoint, which header, for which origin', () => {
    const explained = explainFetchFailure({ ...failure, cause: 'cors' });
    expect(explained.error).toBe('cors_blocked');
    expect(explained.description).toContain('token call to https://login.example.com/oauth/token');
    expect(explained.description).toContain('Access-Control-Allow-Origin for this origin (https://app.example.org)');
    expect(explained.description).toContain('allowed web origin');
  });

  it('tells a provider that does not answer at all apart from a CORS refusal', () => {
    const explained = explainFetchFailure({ ...failure, cause: 'unreachable' });
    expect(explained.error).toBe('network_error');
    expect(explained.description).toContain('No answer from https://login.example.com/oauth/token');
    expect(explained.description).toContain('not a CORS refusal');
    expect(explained.description).not.toContain('Access-Control-Allow-Origin');
  });
});

describe('a CORS refusal on the dev server', () => {
  const failure = { url: 'https://op.example/token', endpoint: 'token', appOrigin: 'http://127.0.0.1:5173', cause: 'cors' } as const;

  it('points to the local proxy for the calls it forwards', () => {
    expect(explainFetchFailure({ ...failure, devProxyAvailable: true }).description).toContain('local proxy');
  });

  it('does not for discovery (the browser fetches it itself) or in a built site', () => {
    expect(explainFetchFailure({ ...failure, endpoint: 'discovery', devProxyAvailable: true }).description).not.toContain('local proxy');
    expect(explainFetchFailure(failure).description).not.toContain('local proxy');
  });
});
