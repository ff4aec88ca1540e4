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
