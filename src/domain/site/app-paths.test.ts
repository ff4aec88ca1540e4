import { describe, expect, it } from 'vitest';
import { entryDocumentFor, normalizeBasePath, routeOfPath, routePath, routeUrl, routerBasename } from './app-paths';
import { ALL_ROUTES, ROUTES } from './routes';

describe('normalizeBasePath', () => {
  it('keeps the root as it is', () => {
    expect(normalizeBasePath('/')).toBe('/');
    expect(normalizeBasePath('')).toBe('/');
  });

  it('gives a sub-path one leading and one trailing slash', () => {
    expect(normalizeBasePath('/oidc-playground/')).toBe('/oidc-playground/');
    expect(normalizeBasePath('/oidc-playground')).toBe('/oidc-playground/');
    expect(normalizeBasePath('//a/b//')).toBe('/a/b/');
  });

  it('refuses a relative base, which cannot serve nested routes', () => {
    expect(() => normalizeBasePath('./')).toThrow(/must be absolute/);
  });
});

describe('paths under a base', () => {
  it('gives the router a basename without the trailing slash', () => {
    expect(routerBasename('/')).toBe('/');
    expect(routerBasename('/oidc-playground/')).toBe('/oidc-playground');
  });

  it('puts every route under the base path', () => {
    expect(routePath('/oidc-playground/', ROUTES.callback)).toBe('/oidc-playground/callback');
    expect(routePath('/oidc-playground/', ROUTES.compose)).toBe('/oidc-playground/');
    expect(routePath('/', ROUTES.results)).toBe('/results');
    expect(routeUrl('https://example.github.io', '/oidc-playground/', ROUTES.mockAuthorize)).toBe(
      'https://example.github.io/oidc-playground/mock-op/authorize',
    );
  });

  it('finds the route of an absolute path, and nothing outside the base', () => {
    expect(routeOfPath('/oidc-playground/', '/oidc-playground/callback')).toBe('/callback');
    expect(routeOfPath('/oidc-playground/', '/oidc-playground')).toBe('/');
    expect(routeOfPath('/oidc-playground/', '/oidc-playground/')).toBe('/');
    expect(routeOfPath('/oidc-playground/', '/callback')).toBeUndefined();
    expect(routeOfPath('/oidc-playground/', '/oidc-playground-other/x')).toBeUndefined();
    expect(routeOfPath('/', '/results')).toBe('/results');
  });
});

describe('entryDocumentFor', () => {
  it('names one distinct entry document per route', () => {
    expect(entryDocumentFor(ROUTES.compose)).toBe('index.html');
    expect(entryDocumentFor(ROUTES.mockAuthorize)).toBe('mock-op/authorize/index.html');
    const documents = ALL_ROUTES.map(entryDocumentFor);
    expect(new Set(documents).size).toBe(ALL_ROUTES.length);
  });
});
