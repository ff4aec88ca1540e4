import { Link } from 'react-router';
import { shouldOfferPath } from '../../domain/lessons/path-offer';
import { ROUTES } from '../../domain/site/routes';
import { dismissOffer, useOfferDismissed } from '../../state/learn-offer-store';
import { TEST_IDS } from '../../test-ids';

/**
 * One line on a first visit: the Learn path, or the free playground. Either answer dismisses it
 * for good; a page opened with the automation contract's parameters never shows it.
 */
export function PathOffer({ openedWith }: { openedWith: string }) {
  const dismissed = useOfferDismissed();
  if (!shouldOfferPath({ dismissed, search: new URLSearchParams(openedWith) })) return null;
  return (
    <p className="notice path-offer" data-testid={TEST_IDS.pathOffer}>
      New to scopes and claims? <Link to={ROUTES.learn} onClick={dismissOffer}>Follow the Learn path</Link>, short lessons graded on the
      built-in mock, or{' '}
      <button type="button" className="link-button" onClick={dismissOffer}>stay in the free playground</button>.
    </p>
  );
}
