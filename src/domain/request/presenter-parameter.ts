/**
 * `presenter=1` turns presenter mode on from a link (a prepared demo opens straight into it);
 * `presenter=0` turns it off; absent or anything else leaves the person's choice as it is.
 */
export function readPresenterParameter(search: URLSearchParams): boolean | undefined {
  const value = search.get('presenter');
  return value === '1' ? true : value === '0' ? false : undefined;
}
