import { isMockIssuer, requestedScopes, type ComposedRequest } from './composed-request';
import { claimsParseOptionsOf } from './claims-parse-options';
import { parseClaimsRequest, type ClaimsRequestParse } from '../scopes-and-claims/parse-claims-request';
import { parseCustomParameters } from './custom-parameters';
import { parseLoginPolicy } from '../mock/login-policy';
import { checkPrompt } from './check-prompt';
import { hasPlaceholders } from '../provider/issuer-placeholders';
import { REAL_ISSUER_START } from './provider-mode';
import { checkClock } from './run-clock';
import { parseUserProfile } from '../mock/user-profile';
import { OPTIONAL_AUTHORIZE_FIELDS, type OptionalAuthorizeField } from './authorize-parameters';
import { INPUT_LIMITS, overLimitMessage } from '../text/input-limits';
import { checkProviderUrl } from '../provider/provider-url';

export type RequestField =
  | 'issuer' | 'clientId' | 'scopes' | 'claims' | OptionalAuthorizeField['field'] | 'customParams' | 'mockUser' | 'mockPolicy' | 'mockClock';

export interface RequestProblem {
  readonly field: RequestField;
  readonly severity: 'blocking' | 'warning';
  readonly message: string;
  /** Nothing typed yet: the message says what to type; the field is not shown as wrong. */
  readonly awaitingInput?: boolean;
}

export interface RequestCheckOptions {
  /** The provider's `prompt_values_supported`, when its discovery document is known. */
  readonly promptValuesSupported?: readonly string[];
}

export interface RequestCheck {
  readonly claims: ClaimsRequestParse;
  readonly problems: readonly RequestProblem[];
  readonly canStart: boolean;
}

/** Everything wrong with a composed request, each problem tied to the field where it was typed. */
export function checkComposedRequest(request: ComposedRequest, options: RequestCheckOptions = {}): RequestCheck {
  const problems: RequestProblem[] = [];
  const block = (field: RequestField, message: string) => problems.push({ field, severity: 'blocking', message });
  const warn = (field: RequestField, message: string) => problems.push({ field, severity: 'warning', message });

  if (!isMockIssuer(request.issuer)) {
    const issuer = request.issuer.trim();
    if (issuer === '' || issuer === REAL_ISSUER_START) {
      problems.push({ field: 'issuer', severity: 'blocking', message: 'Type the issuer URL of your provider, such as https://login.example.com.', awaitingInput: true });
    } else {
      const issuerProblem = checkIssuerUrl(request.issuer);
      if (issuerProblem) block('issuer', issuerProblem);
    }
  }
  if (request.clientId.trim() === '') block('clientId', 'Enter the client ID registered at the provider.');

  const scopes = requestedScopes(request);
  if (scopes.length > INPUT_LIMITS.scopes) block('scopes', `${scopes.length} scopes requested; the playground accepts up to ${INPUT_LIMITS.scopes}.`);
  const parameterLines = request.customParams.split('\n').filter((line) => line.trim() !== '').length;
  for (const { field, parameter } of OPTIONAL_AUTHORIZE_FIELDS) {
    const length = request[field].length;
    if (length > INPUT_LIMITS.parameterCharacters) block(field, overLimitMessage(parameter, length, INPUT_LIMITS.parameterCharacters));
  }
  if (parameterLines > INPUT_LIMITS.customParameterLines) {
    block('customParams', `${parameterLines} extra parameters; the playground accepts up to ${INPUT_LIMITS.customParameterLines}.`);
  }
  // RFC 6749 §4.4.2: a client credentials request may name no scope (the provider's default applies).
  if (scopes.length === 0 && !request.protocols?.clientCredentials) block('scopes', 'Choose at least the openid scope.');
  // With client credentials there is no OpenID Connect to speak of: its own notes say what openid would mean (client-credentials-notes.ts).
  else if (!scopes.includes('openid') && !request.protocols?.clientCredentials) {
    // OIDC Core §3.1.2.1: without openid the request is plain OAuth 2.0, whose behaviour OIDC leaves
    // unspecified; it may run, as the first contrast a learner needs. §5.3: userinfo serves OpenID
    // Connect access tokens only. https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest
    warn(
      'scopes',
      isMockIssuer(request.issuer)
        ? 'Without openid this is a plain OAuth 2.0 request: no id_token comes back, and the mock’s userinfo refuses the access token, as OIDC Core §5.3 requires; tick openid to make it OpenID Connect.'
        : 'Without openid this is a plain OAuth 2.0 request: no id_token comes back, userinfo should refuse the access token (OIDC Core §5.3), and some providers refuse the request outright; tick openid to make it OpenID Connect.',
    );
  }

  const mock = isMockIssuer(request.issuer);
  const policy = mock ? parseLoginPolicy(request.mock.loginPolicyText) : undefined;
  const claims = parseClaimsRequest(request.claimsText, claimsParseOptionsOf(request));
  if (claims.outcome === 'invalid') {
    block('claims', `Claims request, line ${claims.error.at.line}, column ${claims.error.at.column}: ${claims.error.message}`);
  } else if (claims.outcome === 'valid') {
    for (const warning of claims.warnings) {
      warn('claims', `Line ${warning.at.line}, column ${warning.at.column}: ${warning.message}`);
    }
  }

  const promptProblem = checkPrompt(request.prompt, options.promptValuesSupported);
  if (promptProblem) block('prompt', promptProblem);

  if (request.maxAge.trim() !== '' && !/^\d+$/.test(request.maxAge.trim())) {
    block('maxAge', 'max_age is a number of seconds, such as 3600.');
  }

  const custom = parseCustomParameters(request.customParams);
  if (custom.outcome === 'invalid') block('customParams', `Other parameters, ${custom.message}`);

  if (mock) {
    const user = parseUserProfile(request.mock.userText);
    if (user.outcome === 'invalid') block('mockUser', `Mock user profile, line ${user.at.line}, column ${user.at.column}: ${user.message}`);
    if (policy?.outcome === 'invalid') block('mockPolicy', `Login policy, line ${policy.at.line}, column ${policy.at.column}: ${policy.message}`);
    const clockProblem = checkClock(request.mock.clock);
    if (clockProblem) block('mockClock', clockProblem);
  }

  return { claims, problems, canStart: !problems.some((p) => p.severity === 'blocking') };
}

function checkIssuerUrl(issuer: string): string | undefined {
  if (hasPlaceholders(issuer)) return 'Replace the <placeholders> in the issuer URL with your own values.';
  if (/\s/.test(issuer.trim())) return 'The issuer URL contains a space; an issuer is one URL with no spaces.';
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'The issuer must be a URL such as https://login.example.com, or "mock" for the built-in provider.';
  }
  const rule = checkProviderUrl(issuer, 'issuer');
  if (rule.outcome === 'refused') {
    return rule.reason === 'credentials' ? rule.message : 'An issuer must use https (http is accepted only on localhost).';
  }
  if (url.search || url.hash) return 'An issuer URL has no query or fragment (OIDC Discovery §3).';
  return undefined;
}

/** True when a field has a problem to mark it with (not merely waiting for input). */
export function fieldIsInvalid(problems: readonly RequestProblem[], field: RequestField): boolean {
  return problems.some((p) => p.field === field && p.severity === 'blocking' && !p.awaitingInput);
}
