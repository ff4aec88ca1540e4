/** Types for domain-folders.mjs, which eslint.config.js imports as plain JavaScript. */
export interface DomainFolder {
  readonly holds: string;
  readonly imports: readonly string[];
}
export declare const DOMAIN_FOLDERS: Readonly<Record<string, DomainFolder>>;
