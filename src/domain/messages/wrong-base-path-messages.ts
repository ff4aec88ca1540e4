/**
 * What a build says when it is served from another path than the one it was built for (Vite's
 * `--base`). Said twice: by the app itself when its code loads but the page is outside its base
 * (src/app/wrong-base-path.tsx), and as plain HTML in the built index.html when not even its code
 * loads (scripts/wrong-base-path-plugin.ts). No imports: vite.config.ts loads this file.
 */
export const WRONG_BASE_PATH_TITLE = 'This build is served from the wrong path';

/** Where the build expects to live, and how to fix it; the command follows it. */
export function wrongBasePathText(builtFor: string): string {
  return `It was built for ${builtFor}, and this page is somewhere else, so its files are not found. Serve it under ${builtFor}, or build it for the path it is served from:`;
}

/** The build command for the path the site is served from; a placeholder where that path is not known yet. */
export function baseCommand(servedFrom: string | undefined): string {
  return `npm run build -- --base=${servedFrom ?? '/the/path/it/is/served/from/'}`;
}
