import { useEffect } from 'react';

const APP_NAME = 'OIDC Scopes & Claims Playground';

/** Names the browser tab after the screen, so history, tabs and screen readers tell screens apart. */
export function useDocumentTitle(title: string, suffix: string = APP_NAME): void {
  useEffect(() => {
    document.title = `${title} · ${suffix}`;
  }, [title, suffix]);
}
