/**
 * MSW handlers for an SPA's unit tests (`oidc-playground/msw`): discovery, JWKS, token, userinfo,
 * introspection, revocation and end-session of the same mock provider, in memory under msw/node.
 * GET authorize signs the default user in at once, so a test can fetch a code without a page.
 */
export { createHandlers, type HandlerOptions } from '../handlers';
export { createProvider, type MockProvider, type ProviderOptions } from '../provider/provider';
export { memoryStore } from '../provider/store';
