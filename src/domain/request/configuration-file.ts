import { OPTIONAL_AUTHORIZE_FIELDS } from './authorize-parameters';
import { INPUT_LIMITS, overLimitMessage } from '../text/input-limits';
import { isBehaviourProfile, listBehaviourProfiles } from '../mock/behaviour-profile';
import { reviveComposedRequest, type ComposedRequest } from './composed-request';
import { isPlainObject } from '../text/json-values';
import { checkLogoDataUrl } from '../mock/branding';

const CONFIGURATION_FORMAT = 'oidc-playground-request';
/**
 * Version 2 writes the mock user and login policy as JSON objects (`mock.user`, `mock.loginPolicy`);
 * version 1 wrote them as escaped strings (`mock.userText`, `mock.loginPolicyText`) and is still read.
 */
const CONFIGURATION_VERSION = 2;
const READABLE_VERSIONS = [1, 2];

/** The composed request as a file people can keep and share; like a permalink, it holds no token. */
export function exportConfiguration(request: ComposedRequest): string {
  const { mock, ...rest } = request;
  const { userText, loginPolicyText, ...mockSettings } = mock;
  const exported = {
    ...mockSettings,
    // Text that is not JSON (an edit in progress) is kept as text, so nothing typed is lost.
    ...asObjectOrText('user', 'userText', userText),
    ...asObjectOrText('loginPolicy', 'loginPolicyText', loginPolicyText),
  };
  return `${JSON.stringify({ format: CONFIGURATION_FORMAT, version: CONFIGURATION_VERSION, request: { ...rest, mock: exported } }, null, 2)}\n`;
}

function asObjectOrText(objectKey: string, textKey: string, text: string): Record<string, unknown> {
  try {
    return { [objectKey]: JSON.parse(text) as unknown };
  } catch {
    return { [textKey]: text };
  }
}

export type ConfigurationImport = { outcome: 'valid'; request: ComposedRequest } | { outcome: 'invalid'; message: string };

const TEXT_FIELDS = ['issuer', 'clientId', 'customScopes', 'claimsText', ...OPTIONAL_AUTHORIZE_FIELDS.map((f) => f.field), 'customParams'] as const;

/** Reads an exported file back, saying precisely what is wrong with a bad one. */
export function importConfiguration(text: string): ConfigurationImport {
  if (text.length > INPUT_LIMITS.importCharacters) return invalid(overLimitMessage('The file', text.length, INPUT_LIMITS.importCharacters));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return invalid('The file is not JSON. Choose a file made with "Export".');
  }
  if (!isPlainObject(parsed) || parsed.format !== CONFIGURATION_FORMAT) {
    return invalid(`The file is not a playground request (its "format" should be "${CONFIGURATION_FORMAT}").`);
  }
  if (typeof parsed.version !== 'number' || !READABLE_VERSIONS.includes(parsed.version)) {
    return invalid(`The file has version ${JSON.stringify(parsed.version)}; this playground reads versions ${READABLE_VERSIONS.join(' and ')}.`);
  }
  const request = parsed.request;
  if (!isPlainObject(request)) return invalid('The file has no "request" object.');
  for (const field of TEXT_FIELDS) {
    if (field in request && typeof request[field] !== 'string') return invalid(`request.${field} must be text.`);
  }
  if ('standardScopes' in request && !isStringList(request.standardScopes)) return invalid('request.standardScopes must be a list of scope names.');
  const mock = request.mock;
  if (mock !== undefined) {
    if (!isPlainObject(mock)) return invalid('request.mock must be an object.');
    if ('allowedScopes' in mock && !isStringList(mock.allowedScopes)) return invalid('request.mock.allowedScopes must be a list of scope names.');
    if ('behaviour' in mock && !(typeof mock.behaviour === 'string' && isBehaviourProfile(mock.behaviour))) {
      return invalid(`request.mock.behaviour must be ${listBehaviourProfiles()}.`);
    }
    for (const field of ['userText', 'loginPolicyText'] as const) {
      if (field in mock && typeof mock[field] !== 'string') return invalid(`request.mock.${field} must be text.`);
    }
    for (const field of ['user', 'loginPolicy'] as const) {
      if (field in mock && !isPlainObject(mock[field])) return invalid(`request.mock.${field} must be a JSON object.`);
    }
    const brandingProblem = checkImportedBranding(mock.branding);
    if (brandingProblem) return invalid(brandingProblem);
  }
  return { outcome: 'valid', request: reviveComposedRequest(isPlainObject(mock) ? { ...request, mock: withSettingsText(mock) } : request) };
}

/** The editors hold the user and policy as text: objects from a version 2 file are pretty-printed for them. */
function withSettingsText(mock: Record<string, unknown>): Record<string, unknown> {
  const { user, loginPolicy, ...rest } = mock;
  return {
    ...rest,
    ...(user !== undefined ? { userText: JSON.stringify(user, null, 2) } : {}),
    ...(loginPolicy !== undefined ? { loginPolicyText: JSON.stringify(loginPolicy, null, 2) } : {}),
  };
}

/** The branding object of a file: its logo gets the same checks as a chosen file (src/domain/mock/branding.ts). */
function checkImportedBranding(branding: unknown): string | undefined {
  if (branding === undefined) return undefined;
  if (!isPlainObject(branding)) return 'request.mock.branding must be an object.';
  const { logo } = branding;
  if (logo !== undefined && logo !== '' && (typeof logo !== 'string' || checkLogoDataUrl(logo).outcome === 'refused')) {
    return 'request.mock.branding.logo is not a PNG, JPEG, WebP or SVG image of up to 100 kB as a data URL.';
  }
  return undefined;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function invalid(message: string): ConfigurationImport {
  return { outcome: 'invalid', message };
}
