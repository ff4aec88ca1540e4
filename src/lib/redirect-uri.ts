import { ROUTES } from '../domain/site/routes';
import { appUrl } from './app-paths';

/** The redirect URI this playground registers: its own `/callback` under the base path it was built with. */
export function redirectUri(): string {
  return appUrl(ROUTES.callback);
}
