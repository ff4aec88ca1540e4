import { ROUTES } from '../site/routes';

/**
 * A lesson's stable URL: the Learn screen with the lesson named in the query, so a static host
 * without rewrite rules serves it from the one `/learn` entry document.
 */
export function lessonPath(id: string): string {
  return `${ROUTES.learn}?${new URLSearchParams({ lesson: id }).toString()}`;
}
