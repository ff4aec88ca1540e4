/** This build's nonce for CodeMirror's <style> elements (vite.config.ts); empty on the dev server. */
declare const __STYLE_NONCE__: string;
