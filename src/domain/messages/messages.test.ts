import { localServerNoticeText } from './local-server-messages';
import { describe, expect, it } from 'vitest';
import type { ClaimMessage } from '../explain/claim-message';
import { KNOWN_FLOW_ERRORS, type FlowErrorHint } from '../explain/explain-flow-error';
import type { ScopeReason } from '../explain/explain-scopes';
import type { StatedLoginPageReason } from '../mock/login-page-reason';
import type { ScopeNote } from '../scopes-and-claims/scope-note';
import type { AccessTokenFact } from '../explain/explain-access-token';
import {
  accessTokenFactText,
  citationsIn,
  claimVerdictText,
  flowErrorHintText,
  loginPageReasonText,
  refreshTokenText,
  scopeAtUserinfoText,
  scopeEvidenceText,
  scopeNoteText,
  scopeOutcomeText,
  scopeVerdictText,
  typeIssueText,
  valueWarningText,
} from '.';
import type { ValueWarning } from '../tokens/check-claim-values';
import type { TypeIssue } from '../scopes-and-claims/claim-types';

type Samples<M extends { readonly code: string }> = { readonly [C in M['code']]: Extract<M, { readonly code: C }> };

// One message per code: a code added without a sample here fails the typecheck.
const CLAIM_SAMPLES: Samples<ClaimMessage> = {
  'registered-claim': { code: 'registered-claim', claim: 'auth_time', target: 'id_token', meaning: 'when the user last actually authenticated', alsoAsked: true },
  'provider-specific-claim': { code: 'provider-specific-claim', claim: 'global_sub', target: 'userinfo', meaning: 'Hosted Login’s global subject' },
  'from-claims-request': { code: 'from-claims-request', claim: 'gender', target: 'id_token' },
  'from-scope': { code: 'from-scope', claim: 'email', target: 'id_token', scope: 'email', attribute: 'email' },
  'from-custom-scope': { code: 'from-custom-scope', claim: 'company_name', target: 'id_token', scope: 'ad:user_custom', definedAs: 'ad:user_custom:read', attribute: 'companyName' },
  'custom-claim-mapped': { code: 'custom-claim-mapped', claim: 'consent_email_marketing', target: 'id_token', attribute: 'email_marketing_optIn' },
  'added-by-provider': { code: 'added-by-provider', claim: 'https://example.com/roles', target: 'id_token' },
  'at-userinfo': { code: 'at-userinfo', claim: 'email', scope: 'email', claimsParameter: 'supported' },
  'unknown-claim': { code: 'unknown-claim', claim: 'Gender', target: 'userinfo', suggestion: 'gender', caseSensitive: true, checkedAgainst: 'known-claims' },
  'standard-claim-not-released': { code: 'standard-claim-not-released', claim: 'picture', target: 'userinfo', provider: 'Hosted Login' },
  'standard-claim-not-supported': { code: 'standard-claim-not-supported', claim: 'picture', target: 'userinfo' },
  'step-failed': { code: 'step-failed', claim: 'email', target: 'userinfo', stage: 'userinfo', essential: true },
  'scope-not-granted': { code: 'scope-not-granted', claim: 'phone_number', target: 'userinfo', scope: 'phone' },
  'scope-dropped-by-policy': { code: 'scope-dropped-by-policy', claim: 'address', target: 'userinfo', scope: 'address' },
  'no-mapped-attribute': { code: 'no-mapped-attribute', claim: 'nickname', target: 'userinfo' },
  'no-profile-value': { code: 'no-profile-value', claim: 'middle_name', target: 'userinfo', attribute: 'middleName' },
  'essential-absent': { code: 'essential-absent', claim: 'acr', target: 'id_token' },
  'asked-not-returned': { code: 'asked-not-returned', claim: 'organization', target: 'userinfo' },
  'scope-claim-not-returned': { code: 'scope-claim-not-returned', claim: 'email_verified', target: 'userinfo', scope: 'email', provider: 'real' },
  'custom-claim-not-returned': { code: 'custom-claim-not-returned', claim: 'consent_ui_preferences', target: 'id_token', provider: 'mock' },
};

const SCOPE_REASONS: { readonly [R in ScopeReason]: R } = {
  'policy-allows': 'policy-allows',
  'listed-in-token-response': 'listed-in-token-response',
  'assumed-granted': 'assumed-granted',
  'policy-excludes': 'policy-excludes',
  'server-policy-excludes': 'server-policy-excludes',
  'not-granted': 'not-granted',
  'offline-access-without-consent': 'offline-access-without-consent',
  'refresh-token-issued': 'refresh-token-issued',
  'not-in-scopes-supported': 'not-in-scopes-supported',
};

const FLOW_ERROR_SAMPLES: Samples<FlowErrorHint> = {
  'scope-refused-named': { code: 'scope-refused-named', scopes: ['phone', 'address'] },
  'openid-missing': { code: 'openid-missing' },
  'scope-not-supported': { code: 'scope-not-supported', scopes: ['bob'] },
  'scope-refused-unnamed': { code: 'scope-refused-unnamed', scopesSupported: 'published' },
  'known-error': { code: 'known-error', error: 'login_required' },
  'par-required': { code: 'par-required', by: 'mock-client-metadata' },
  'unknown-error': { code: 'unknown-error' },
};

const SCOPE_NOTES: Samples<ScopeNote> = {
  'makes-openid-request': { code: 'makes-openid-request' },
  'asks-for-refresh-token': { code: 'asks-for-refresh-token' },
  'releases-claims': { code: 'releases-claims', claims: ['email', 'email_verified'], withheld: [] },
};

const VALUE_WARNINGS: Samples<ValueWarning> = {
  'epoch-zero': { code: 'epoch-zero', claim: 'auth_time', value: 0 },
  'iat-in-future': { code: 'iat-in-future', claim: 'iat', seconds: 600 },
  'exp-before-iat': { code: 'exp-before-iat', claim: 'exp' },
  'auth-time-after-iat': { code: 'auth-time-after-iat', claim: 'auth_time', seconds: 600 },
  'auth-time-in-future': { code: 'auth-time-in-future', claim: 'auth_time', seconds: 3600 },
};

const TYPE_ISSUES: readonly TypeIssue[] = [
  { claim: 'updated_at', expected: 'number', actual: 'string', section: 'OIDC Core §5.1' },
  { claim: 'aud', expected: 'string', actual: 'number', section: 'OIDC Core §2' },
  { claim: 'address', expected: 'object', actual: 'array', section: 'OIDC Core §5.1' },
  { claim: 'email_verified', expected: 'boolean', actual: 'string', section: 'OIDC Core §5.1' },
];

const ACCESS_TOKEN_FACTS: Samples<AccessTokenFact> = {
  opaque: { code: 'opaque' },
  'typ-at-jwt': { code: 'typ-at-jwt' },
  'typ-other': { code: 'typ-other', typ: 'jwt' },
  'scope-claim': { code: 'scope-claim', scopes: ['openid', 'email'] },
  'scp-claim': { code: 'scp-claim', scopes: ['api.read'] },
  'no-scope-claim': { code: 'no-scope-claim' },
  'scopes-differ': { code: 'scopes-differ', onlyInToken: ['api.read'], onlyInResponse: ['email'] },
  'aud-resource': { code: 'aud-resource', audiences: ['https://api.example.com'] },
  'aud-client': { code: 'aud-client', clientId: 'playground' },
  'no-aud': { code: 'no-aud' },
  'sub-client': { code: 'sub-client', clientId: 'playground-service' },
  'sub-user': { code: 'sub-user', sub: 'a-user' },
  'cnf-jkt': { code: 'cnf-jkt', jkt: 'thumbprint' },
};

const LOGIN_PAGE_REASONS: readonly StatedLoginPageReason[] = ['prompt-login', 'max-age-exceeded', 'prompt-consent', 'hint-mismatch', 'claims-requirement'];

/** Every sentence the catalogue can say, with the message it came from. */
const EVERY_SENTENCE: ReadonlyArray<readonly [string, string]> = [
  ...Object.values(CLAIM_SAMPLES).map((m) => [m.code, claimVerdictText(m)] as const),
  ...Object.values(SCOPE_REASONS).flatMap((reason) => [
    [reason, scopeVerdictText({ scope: 'email', reason })] as const,
    [reason, scopeVerdictText({ scope: 'openid', reason })] as const,
  ]),
  ...Object.values(FLOW_ERROR_SAMPLES).map((hint) => [hint.code, flowErrorHintText(hint, 'token')] as const),
  ...KNOWN_FLOW_ERRORS.map((error) => [error, flowErrorHintText({ code: 'known-error', error }, 'authorize')] as const),
  ...LOGIN_PAGE_REASONS.map((reason) => [reason, loginPageReasonText(reason)] as const),
  ...Object.values(VALUE_WARNINGS).map((warning) => [warning.code, valueWarningText(warning)] as const),
  ...Object.values(ACCESS_TOKEN_FACTS).map((fact) => [fact.code, accessTokenFactText(fact)] as const),
  ...(['offline-access-not-requested', 'offline-access-not-allowed', 'offline-access-without-consent'] as const).map(
    (code) => [code, refreshTokenText({ issued: false, code, contradictedBy: 'refresh-token-returned' })] as const,
  ),
  ['offline-access-consented', refreshTokenText({ issued: true, code: 'offline-access-consented' })],
  ...TYPE_ISSUES.map((issue) => [`type-${issue.claim}`, typeIssueText(issue)] as const),
  ['at-userinfo', scopeAtUserinfoText('email', ['email', 'email_verified'])],
  ['at-userinfo', scopeAtUserinfoText('email', ['email'], 'not-supported')],
  ['at-userinfo', claimVerdictText({ ...CLAIM_SAMPLES['at-userinfo'], claimsParameter: 'not-supported' })],
];

describe('the message catalogue', () => {
  it('renders every code as a non-empty sentence', () => {
    for (const [code, text] of EVERY_SENTENCE) expect(text, code).toMatch(/^\S.*[.?]$/);
    for (const note of Object.values(SCOPE_NOTES)) expect(scopeNoteText(note)).not.toBe('');
    for (const reason of Object.values(SCOPE_REASONS)) expect(scopeEvidenceText(reason)).not.toBe('');
  });

  it('has no doubled or stray punctuation, no stray space and no unfilled parameter in any sentence', () => {
    const texts = [
      ...EVERY_SENTENCE,
      ...Object.values(SCOPE_NOTES).map((note) => [note.code, scopeNoteText(note)] as const),
      ...Object.values(SCOPE_REASONS).map((reason) => [reason, scopeEvidenceText(reason)] as const),
      ...Object.values(FLOW_ERROR_SAMPLES).flatMap((hint) => (['authorize', 'token', 'userinfo'] as const).map((stage) => [hint.code, flowErrorHintText(hint, stage)] as const)),
      ...(['phone', 'offline_access'] as const).flatMap((scope) => Object.values(SCOPE_REASONS).map((reason) => [reason, scopeVerdictText({ scope, reason })] as const)),
    ];

    expect(texts.length).toBeGreaterThan(60);
    for (const [code, text] of texts) {
      // "..", ".,", ",.", ";." and the like; a colon or semicolon after a full stop.
      expect(text, code).not.toMatch(/[.,;:!?]\s*[.,;:!?]/);
      expect(text, code).not.toMatch(/\s[.,;:!?)]|\(\s|\s{2}|^\s|\s$/);
      expect(text, code).not.toMatch(/undefined|null\b|NaN|\[object /);
      // A count of one takes the singular: no "(1 checks)".
      expect(text, code).not.toMatch(/(?<![\d.])\b1 [a-z]+s\b/);
    }
  });

  it('links every spec a sentence cites', () => {
    const cited = EVERY_SENTENCE.flatMap(([, text]) => citationsIn(text));

    expect(cited.length).toBeGreaterThan(5);
    for (const citation of cited) expect(citation.url, citation.label).toMatch(/^https:\/\/(openid\.net|www\.rfc-editor\.org)\//);
    expect(citationsIn(scopeVerdictText({ scope: 'email', reason: 'assumed-granted' }))).toEqual([{ label: 'RFC 6749 §5.1', url: 'https://www.rfc-editor.org/rfc/rfc6749#section-5.1' }]);
    expect(citationsIn(claimVerdictText(CLAIM_SAMPLES['essential-absent']))).toEqual([
      { label: 'OIDC Core §5.5.1', url: 'https://openid.net/specs/openid-connect-core-1_0.html#IndividualClaimsRequests' },
    ]);
  });
});

describe('claim sentences', () => {
  it('name the claim, the place and the parameters, in one sentence', () => {
    for (const message of Object.values(CLAIM_SAMPLES)) {
      const text = claimVerdictText(message);
      expect(text).toContain('claim' in message ? message.claim : 'global_sub');
      for (const parameter of ['scope', 'attribute', 'suggestion', 'definedAs'] as const) {
        const value = (message as Partial<Record<typeof parameter, unknown>>)[parameter];
        if (typeof value === 'string') expect(text, `${message.code} ${parameter}`).toContain(value);
      }
      expect(text).not.toMatch(/[.?!]\s+[A-Z]/);
    }
  });

  it('keeps today’s wording', () => {
    expect(claimVerdictText(CLAIM_SAMPLES['unknown-claim'])).toBe(
      'Gender is not a claim this provider knows (claim names are case-sensitive), so it was ignored for userinfo; did you mean gender?',
    );
    expect(claimVerdictText({ ...CLAIM_SAMPLES['unknown-claim'], checkedAgainst: 'claims-supported' })).toContain('not in this provider’s claims_supported');
    expect(claimVerdictText(CLAIM_SAMPLES['from-custom-scope'])).toBe(
      'company_name came in the id_token with the granted custom scope ad:user_custom (defined as ad:user_custom:read), from the profile attribute companyName.',
    );
    expect(claimVerdictText(CLAIM_SAMPLES['scope-dropped-by-policy'])).toBe('address is missing from userinfo: its scope address was dropped by the token policy.');
    expect(claimVerdictText(CLAIM_SAMPLES['scope-not-granted'])).toBe('phone_number is missing from userinfo: the provider did not grant its scope phone.');
  });

  it('say a real provider may lack a value, which the mock’s known settings rule out', () => {
    const real = CLAIM_SAMPLES['scope-claim-not-returned'];

    expect(claimVerdictText(real)).toBe('email_verified was expected in userinfo with the granted email scope but the provider did not return it, perhaps for want of a value or of a mapping for it.');
    expect(claimVerdictText({ ...real, provider: 'mock', scope: undefined })).toBe('email_verified was expected in userinfo with the granted requested scope but the provider did not return it.');
  });

  it('group a scope’s claims served at userinfo in one line', () => {
    expect(scopeAtUserinfoText('phone', ['phone_number', 'phone_number_verified'])).toContain('The phone scope’s phone_number and phone_number_verified are at userinfo');
    expect(scopeAtUserinfoText('email', ['email'])).toContain('The email scope’s email is at userinfo');
    expect(scopeAtUserinfoText('email', ['email'])).toContain('ask for it under claims.id_token to get it there too.');
  });

  it('suggest the claims parameter only to a provider that takes it', () => {
    const without = scopeAtUserinfoText('profile', ['name', 'preferred_username'], 'not-supported');

    expect(without).toBe(
      'The profile scope’s name and preferred_username are at userinfo, not in the id_token: this provider serves scope claims at userinfo (OIDC Core §5.4), and its discovery does not offer the claims parameter (claims_parameter_supported), so userinfo is the place to read them.',
    );
    expect(claimVerdictText({ ...CLAIM_SAMPLES['at-userinfo'], claimsParameter: 'not-supported' })).not.toContain('claims.id_token');
    expect(claimVerdictText(CLAIM_SAMPLES['at-userinfo'])).toContain('ask for it under claims.id_token');
  });
});

describe('the local mock server notice', () => {
  it('names the settings the explanations use, and the user found by sub', () => {
    expect(localServerNoticeText({ state: 'explained', userName: 'minimal', behaviour: 'oidc-core', allowedScopes: ['openid', 'email'] })).toBe(
      'The explanations below use the local mock server’s settings, the same when this sign-in started and when it came back: the OIDC Core behaviour profile, a token policy that allows openid email, its login policy, and the profile of minimal, the user who signed in (found by sub).',
    );
  });

  it('says why it fell back to a real provider’s explanations', () => {
    const unreadable = (problem: Parameters<typeof localServerNoticeText>[0] & { state: 'unreadable' }) => localServerNoticeText(problem);
    expect(unreadable({ state: 'unreadable', problem: { code: 'unreachable' } })).toBe(
      'The local mock server’s settings could not be read: its settings endpoint did not answer, so the explanations below are those of any real provider: they rest on the wire and the discovery document only.',
    );
    expect(unreadable({ state: 'unreadable', problem: { code: 'status', status: 403 } })).toContain('could not be read: its settings endpoint answered HTTP 403,');
    expect(unreadable({ state: 'unreadable', problem: { code: 'invalid', field: 'users[0].profile' } })).toContain('could not be read: its answer’s users[0].profile is not one the playground can use,');
    expect(unreadable({ state: 'unreadable', problem: { code: 'changed' } })).toMatch(/^The local mock server’s settings changed while this sign-in ran .*so which of them applied is not known, so the explanations below are those of any real provider/);
    expect(localServerNoticeText({ state: 'user-unknown', sub: 'u-9' })).toMatch(/^The user who signed in \(sub u-9\) is not one of the users the local mock server reported/);
  });
});

describe('scope sentences', () => {
  it('blame a token policy only where one was seen (the mock’s), and then say how to get the scope', () => {
    const wireOnly = (['listed-in-token-response', 'assumed-granted', 'not-granted', 'offline-access-without-consent', 'not-in-scopes-supported'] as const).map((reason) =>
      scopeVerdictText({ scope: 'phone', reason }),
    );

    for (const text of wireOnly) expect(text).not.toMatch(/policy/);
    expect(scopeVerdictText({ scope: 'address', reason: 'policy-excludes' })).toBe(
      '"address" was requested but the token policy does not allow it, so it was dropped; add it under “Token policy: allowed scopes” in the mock’s settings to get it.',
    );
  });

  it('say where to change the local mock server’s policy, not the mock settings it does not read', () => {
    const text = scopeVerdictText({ scope: 'phone', reason: 'server-policy-excludes' });

    expect(text).toBe('"phone" was requested but the local mock server’s token policy does not allow it, so it was dropped; add it to the server’s --allowed-scopes (or PUT /__control/settings) to get it.');
    expect(scopeOutcomeText({ outcome: 'dropped-by-policy', reason: 'server-policy-excludes' })).toBe('dropped by policy');
  });

  it('take a refresh token as the evidence for an offline_access the token response does not list', () => {
    expect(scopeVerdictText({ scope: 'offline_access', reason: 'refresh-token-issued' })).toBe(
      '"offline_access" is not in the token response’s scope, but a refresh token came back, which is what offline_access asks for (OIDC Core §11): this provider honours it without listing it.',
    );
    expect(scopeEvidenceText('refresh-token-issued')).toBe('refresh token issued');
  });

  it('say what openid means when it is granted', () => {
    expect(scopeVerdictText({ scope: 'openid', reason: 'policy-allows' })).toBe('"openid" was granted: this is an OpenID Connect request, so an id_token was issued.');
    expect(scopeVerdictText({ scope: 'email', reason: 'policy-allows' })).toBe('"email" was granted: it was requested and the token policy allows it.');
  });

  it('label a dropped scope "dropped by policy" only when the policy excluded it', () => {
    expect(scopeOutcomeText({ outcome: 'dropped-by-policy', reason: 'policy-excludes' })).toBe('dropped by policy');
    expect(scopeOutcomeText({ outcome: 'dropped-by-policy', reason: 'not-granted' })).toBe('not granted');
    expect(scopeOutcomeText({ outcome: 'granted', reason: 'listed-in-token-response' })).toBe('granted');
  });

  it('note what openid does, and list the claims of other scopes', () => {
    expect(scopeNoteText(SCOPE_NOTES['makes-openid-request'])).toBe('Makes the request an OpenID Connect one: an id_token comes back, with sub, the user’s identifier.');
    expect(scopeNoteText({ code: 'releases-claims', claims: ['name'], withheld: ['picture'] })).toBe('name (not released here: picture)');
    expect(scopeNoteText(SCOPE_NOTES['releases-claims'])).toBe('email, email_verified');
  });
});

describe('flow error sentences', () => {
  it('name the refused scopes with the right number', () => {
    expect(flowErrorHintText(FLOW_ERROR_SAMPLES['scope-refused-named'], 'authorize')).toBe(
      'The provider refused "phone" and "address", and said so in its answer: leave them out, or have the client allowed to ask for them.',
    );
    expect(flowErrorHintText({ code: 'scope-not-supported', scopes: ['bob'] }, 'authorize')).toContain('"bob" is not in its scopes_supported');
  });

  it('say why an unnamed refusal cannot be pinned down', () => {
    expect(flowErrorHintText({ code: 'scope-refused-unnamed', scopesSupported: 'not-published' }, 'authorize')).toBe(
      'The provider refused a requested scope without naming it; it publishes no scopes_supported to compare with.',
    );
  });

  it('fall back to the step that failed when the error has no hint of its own', () => {
    expect(flowErrorHintText({ code: 'unknown-error' }, 'userinfo')).toBe('The flow stopped at the userinfo step.');
  });
});

describe('value warnings', () => {
  it('say how far off a time is and what that means', () => {
    expect(valueWarningText(VALUE_WARNINGS['auth-time-after-iat'])).toBe(
      'auth_time is 600 s after iat: the user cannot have authenticated after the token was issued (OIDC Core §2).',
    );
    expect(valueWarningText(VALUE_WARNINGS['epoch-zero'])).toContain('auth_time is 0, which reads as 1970-01-01');
  });
});

describe('type issues', () => {
  it('say what the spec wants, with the article English needs', () => {
    expect(TYPE_ISSUES.map(typeIssueText)).toEqual([
      'updated_at is a string but OIDC Core §5.1 wants a number of seconds since 1970, so clients that compare times will misread it.',
      'aud is a number but OIDC Core §2 wants a string or an array of strings.',
      'address is an array but OIDC Core §5.1 wants an object.',
      'email_verified is a string but OIDC Core §5.1 wants a boolean.',
    ]);
  });
});

describe('login page reasons', () => {
  it('name the authorize parameter that asked for a new sign-in', () => {
    expect(loginPageReasonText('prompt-login')).toBe('You have a session, but the application asked you to sign in again (prompt=login).');
    expect(loginPageReasonText('max-age-exceeded')).toContain('(max_age)');
    expect(loginPageReasonText('hint-mismatch')).toContain('(id_token_hint)');
  });
});
