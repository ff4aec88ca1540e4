import { describe, expect, it } from 'vitest';
import { redirectsFile, staticHostFiles } from './static-host-files';

describe('staticHostFiles', () => {
  const files = staticHostFiles('/oidc-playground/', '<html>entry</html>');

  it('emits an entry document for every route but the root, which the build already has', () => {
    for (const name of ['callback/index.html', 'results/index.html', 'scenarios/index.html', 'compare/index.html', 'catalogue/index.html', 'signed-out/index.html', 'mock-op/authorize/index.html', 'mock-op/end-session/index.html']) {
      expect(files.get(name)).toBe('<html>entry</html>');
    }
    expect(files.has('index.html')).toBe(false);
  });

  it('adds the conventional fallbacks: 404.html and _redirects', () => {
    expect(files.get('404.html')).toBe('<html>entry</html>');
    expect(files.get('_redirects')).toBe(redirectsFile('/oidc-playground/'));
  });
});

describe('staticHostFiles and the base-path check', () => {
  const entry = '<div id="root"></div><script src="./base-path-check.js"></script>';
  const files = staticHostFiles('/oidc-playground/', entry);

  it('keeps the relative check script in each entry document: a copy of it sits in every route directory', () => {
    expect(files.get('results/index.html')).toContain('src="./base-path-check.js"');
  });

  it('gives 404.html, served at any depth, the absolute URL under the base', () => {
    expect(files.get('404.html')).toContain('src="/oidc-playground/base-path-check.js"');
  });
});

describe('redirectsFile', () => {
  it('rewrites other paths under the base to the app, with status 200', () => {
    expect(redirectsFile('/oidc-playground/')).toContain('/oidc-playground/*  /oidc-playground/index.html  200');
    expect(redirectsFile('/')).toContain('/*  /index.html  200');
  });
});
